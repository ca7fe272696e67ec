# Build, serve and test the joseikin WebAssembly module.
#
#   make build   release build into www/pkg (wasm-pack, then wasm-opt from npm's binaryen), and the
#                site as it is served into target/site/: each page's scripts in an entry and its chunks
#                (scripts/site.mjs)
#   make serve   build, then serve target/site/ on http://localhost:$(PORT)
#                (the sources as they are: node scripts/serve.mjs $(PORT) www)
#   make test    lint, native tests (cases, properties, fuzz smoke), browser tests (headless Chromium),
#                release build, the release build in Node and in Chromium (hostile corpus, page)
#   make fuzz    the fuzz harness for FUZZ_SECONDS (default 300) with a fresh seed
#   make bench   release build, then size, latency (Node, Chromium), time to first estimate and
#                native throughput: a table, and bench/results.json (see bench/README.md)
#   make dist    release build, then the package for portals and npm in dist/ (scripts/dist.mjs)
#   make clean
#
# Each target first runs scripts/setup.sh for the tools it needs (fast no-op when present).

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := build
MAKEFLAGS += --no-builtin-rules

CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(CARGO_BIN):$(PATH)
# Never let an npm package download a browser.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

PORT ?= 8000
PKG_DIR := www/pkg
SITE_DIR := target/site
WASM := $(PKG_DIR)/joseikin_bg.wasm
CHROMEDRIVER ?= /usr/bin/chromedriver

# binaryen from npm (package.json), called by path; Debian's binaryen is too old for the
# modules current Rust emits.
WASM_OPT := node_modules/.bin/wasm-opt
# The WebAssembly features current Rust enables by default for wasm32-unknown-unknown.
WASM_FEATURES := --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
                 --enable-mutable-globals --enable-reference-types --enable-multivalue
WASM_OPT_FLAGS := -Oz $(WASM_FEATURES)

.PHONY: build serve test lint fuzz bench clean

# A Node or page test that takes longer than this fails instead of holding the run (a browser that
# waits forever for a service worker, say).
TEST_TIMEOUT_MS ?= 600000

# Fails unless V8 accepts the module.
VALIDATE_JS := const f = process.argv[1]; \
  if (!WebAssembly.validate(require("fs").readFileSync(f))) { console.error(f + ": invalid wasm"); process.exit(1); }

# The release build; wasm-pack's own wasm-opt step is disabled in Cargo.toml.
define release_build
wasm-pack build --release --target web --out-dir $(PKG_DIR)
$(WASM_OPT) $(WASM_OPT_FLAGS) -o $(WASM).opt $(WASM)
node -e '$(VALIDATE_JS)' $(WASM).opt
mv -f $(WASM).opt $(WASM)
@echo "$(WASM): $$(stat -c %s $(WASM)) bytes"
node scripts/site.mjs $(SITE_DIR)
endef

build:
	scripts/setup.sh build
	$(release_build)

serve:
	scripts/setup.sh build
	$(release_build)
	node scripts/serve.mjs $(PORT) $(SITE_DIR)

test:
	scripts/setup.sh test
	$(MAKE) --no-print-directory lint
	$(MAKE) --no-print-directory types
	cargo test
	CHROMEDRIVER=$(CHROMEDRIVER) wasm-pack test --headless --chrome
	$(release_build)
	node --test --test-timeout=$(TEST_TIMEOUT_MS) tests/js/ tests/browser/ tests/page/

# No unwrap, expect, panic, indexing or unchecked arithmetic in the core (src/lib.rs denies them);
# every other clippy warning fails too.
lint:
	scripts/setup.sh clippy
	cargo clippy --all-targets -- -D warnings

# dist/joseikin-<version>/ and its .tgz: the element as one ES module, its stylesheet and the wasm,
# all under content-hashed names; embed.html with the integrity hash; the engine for browsers and
# Node; the types; package.json; README.md for integrators (scripts/dist.mjs).
.PHONY: dist
dist:
	scripts/setup.sh build
	$(release_build)
	node scripts/dist.mjs

# The published types (types/*.d.ts): a typed usage of the contract compiles with tsc, and each
# mistake of tests/types/wrong.ts is refused.
.PHONY: types
types:
	scripts/setup.sh npm
	node --test tests/types/

FUZZ_SECONDS ?= 300
fuzz:
	JOSEIKIN_FUZZ_SECONDS=$(FUZZ_SECONDS) cargo test --profile fuzz --test fuzz -- --nocapture

# The profile build in bench/run.mjs repeats the wasm-opt step with names kept: same tool, same flags.
bench:
	scripts/setup.sh bench
	$(release_build)
	WASM_OPT=$(WASM_OPT) WASM_OPT_FLAGS="$(WASM_OPT_FLAGS)" node bench/run.mjs

clean:
	cargo clean
	rm -rf $(PKG_DIR) pkg
	rm -rf dist

# Mutation testing of the subsidy rules and money.rs (.cargo/mutants.toml): not part of `make test`.
# Outcomes are kept in target/mutants/all, and each run skips the mutants already caught there
# (--iterate), so a run can stop and go on later:
#   make mutants-fast   first pass, with the unit tests and the cases only (seconds a mutant)
#   make mutants        the whole suite (with the properties) on what is left: the survivors of
#                       the first pass and any mutant not yet tested; SHARD=k/n runs shard k of n
# tests/README.md has the scores.
SHARD ?= 0/1
MUTANTS_OUT := target/mutants/all
MUTANTS_JOBS ?= 1
.PHONY: mutants mutants-fast mutants-diff
mutants:
	scripts/setup.sh mutants
	mkdir -p $(MUTANTS_OUT)
	cargo mutants --iterate --shard $(SHARD) -j $(MUTANTS_JOBS) --output $(MUTANTS_OUT)

mutants-fast:
	scripts/setup.sh mutants
	mkdir -p $(MUTANTS_OUT)
	cargo mutants --config .cargo/mutants-fast.toml --iterate --shard $(SHARD) -j $(MUTANTS_JOBS) --output $(MUTANTS_OUT)

# Only the mutants in what this branch changed against main: fast enough before a commit.
mutants-diff:
	scripts/setup.sh mutants
	mkdir -p target/mutants
	git diff main > target/mutants/branch.diff
	mkdir -p target/mutants/diff
	cargo mutants --in-diff target/mutants/branch.diff --output target/mutants/diff
