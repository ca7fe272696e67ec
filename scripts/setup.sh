#!/usr/bin/env bash
# Installs what `make build`, `make serve`, `make test` and `make bench` need. Idempotent: every
# step checks first and does nothing when already satisfied.
#
# Usage: scripts/setup.sh [GROUP|STEP]...
#   build  rust-target wasm-pack wasm-bindgen npm   (enough for `make build` / `make serve`)
#   test   build + clippy + apt                     (headless Chromium for `make test`; default)
#   bench  test + twiggy                            (the size profile of `make bench`)
#   all    same as test
#   Steps: rust-target clippy wasm-pack wasm-bindgen apt npm twiggy mutants
#
# Network use: crates.io (cargo install), Debian apt, the npm registry. Nothing else: no tool is
# allowed to download a browser or a prebuilt binary.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
case ":$PATH:" in
  *":$CARGO_BIN:"*) ;;
  *) export PATH="$CARGO_BIN:$PATH" ;;
esac
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

APT_PACKAGES=(chromium chromium-driver fonts-noto-cjk)

say() { echo "setup: $*"; }
die() { echo "setup: error: $*" >&2; exit 1; }
need() { command -v "$1" >/dev/null 2>&1 || die "$1 not found on PATH ($2)"; }

step_rust_target() {
  need rustup "install Rust with rustup first"
  if rustup target list --installed | grep -qx 'wasm32-unknown-unknown'; then
    say "rust target wasm32-unknown-unknown: present"
  else
    say "adding rust target wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
}

step_clippy() {
  need rustup "install Rust with rustup first"
  if rustup component list --installed 2>/dev/null | grep -q '^clippy'; then
    say "clippy: present"
  else
    say "adding the clippy component"
    rustup component add clippy
  fi
}

step_wasm_pack() {
  if command -v wasm-pack >/dev/null 2>&1; then
    say "wasm-pack: present ($(wasm-pack --version))"
  else
    need cargo "install Rust with rustup first"
    say "installing wasm-pack (cargo install, from crates.io)"
    cargo_install_locked wasm-pack
  fi
}

# The wasm-bindgen version in Cargo.lock; wasm-pack only uses a wasm-bindgen CLI of exactly that
# version (otherwise it would try to download one).
lock_wasm_bindgen_version() {
  awk '
    /^\[\[package\]\]/ { in_wb = 0 }
    /^name = "wasm-bindgen"$/ { in_wb = 1; next }
    in_wb && /^version = / { gsub(/^version = "|"$/, ""); print; exit }
  ' Cargo.lock
}

step_wasm_bindgen() {
  [[ -f Cargo.lock ]] || die "Cargo.lock not found (run cargo generate-lockfile)"
  local want have=""
  want="$(lock_wasm_bindgen_version)"
  [[ -n "$want" ]] || die "no wasm-bindgen package in Cargo.lock"
  if command -v wasm-bindgen >/dev/null 2>&1; then
    have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')"
  fi
  if [[ "$have" == "$want" ]]; then
    say "wasm-bindgen-cli $want: present"
  else
    need cargo "install Rust with rustup first"
    say "installing wasm-bindgen-cli $want${have:+ (found $have)} (cargo install, from crates.io)"
    cargo_install_locked wasm-bindgen-cli --version "$want" --force
  fi
}

# `cargo install --locked`, falling back to a fresh resolution only when a version pinned in the
# tool's own Cargo.lock cannot be selected from the registry index (e.g. yanked, or a mirror that
# lacks it). Any other failure (compile error, network) is not retried.
cargo_install_locked() {
  local log rc=0
  log="$(mktemp)"
  cargo install "$@" --locked 2>&1 | tee "$log" || rc=$?
  if ((rc != 0)); then
    if grep -q 'failed to select a version' "$log"; then
      rm -f "$log"
      say "warning: a dependency pinned by '$1' is not in the registry index; retrying without --locked"
      cargo install "$@"
      return
    fi
    rm -f "$log"
    return "$rc"
  fi
  rm -f "$log"
}

# cargo-mutants, for `make mutants` only.
MUTANTS_VERSION=27.1.0

step_mutants() {
  local have=""
  if command -v cargo-mutants >/dev/null 2>&1; then
    have="$(cargo mutants --version 2>/dev/null | awk '{print $2}')"
  fi
  if [[ "$have" == "$MUTANTS_VERSION" ]]; then
    say "cargo-mutants $MUTANTS_VERSION: present"
  else
    need cargo "install Rust with rustup first"
    say "installing cargo-mutants $MUTANTS_VERSION${have:+ (found $have)} (cargo install, from crates.io)"
    cargo_install_locked cargo-mutants --version "$MUTANTS_VERSION" --force
  fi
}

# twiggy, the code size profiler, for `make bench` only.
TWIGGY_VERSION=0.8.0

step_twiggy() {
  local have=""
  if command -v twiggy >/dev/null 2>&1; then
    have="$(twiggy --version 2>/dev/null | awk '{print $2}')"
  fi
  if [[ "$have" == "$TWIGGY_VERSION" ]]; then
    say "twiggy $TWIGGY_VERSION: present"
  else
    need cargo "install Rust with rustup first"
    say "installing twiggy $TWIGGY_VERSION${have:+ (found $have)} (cargo install, from crates.io)"
    cargo_install_locked twiggy --version "$TWIGGY_VERSION" --force
  fi
}

apt_installed() {
  [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" == "install ok installed" ]]
}

step_apt() {
  command -v dpkg-query >/dev/null 2>&1 || die "dpkg-query not found (Debian/Ubuntu expected)"
  local missing=() p
  for p in "${APT_PACKAGES[@]}"; do
    apt_installed "$p" || missing+=("$p")
  done
  if ((${#missing[@]} == 0)); then
    say "debian packages ${APT_PACKAGES[*]}: present"
    return
  fi
  local sudo=()
  if [[ "$(id -u)" != 0 ]]; then
    command -v sudo >/dev/null 2>&1 || die "need root or sudo to install: ${missing[*]}"
    sudo=(sudo)
  fi
  say "installing debian packages: ${missing[*]}"
  "${sudo[@]}" apt-get update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

step_npm() {
  need npm "install Node.js 20 and npm"
  [[ -f package-lock.json ]] || die "package-lock.json not found"
  # A node_modules that links to another checkout's is that checkout's to install: `npm ci` would
  # empty the folder it links to.
  if [[ -L node_modules ]]; then
    [[ -x node_modules/.bin/wasm-opt ]] || die "node_modules links to a folder without the npm packages"
    say "npm packages: linked ($(readlink node_modules)), not reinstalled"
    return
  fi
  # npm writes node_modules/.package-lock.json at the end of every completed install.
  if [[ -f node_modules/.package-lock.json && -x node_modules/.bin/wasm-opt \
        && ! package-lock.json -nt node_modules/.package-lock.json ]]; then
    say "npm packages: up to date"
  else
    say "installing npm packages (npm ci)"
    npm ci --no-audit --no-fund
  fi
}

run_step() {
  case "$1" in
    rust-target) step_rust_target ;;
    clippy) step_clippy ;;
    wasm-pack) step_wasm_pack ;;
    wasm-bindgen) step_wasm_bindgen ;;
    apt) step_apt ;;
    npm) step_npm ;;
    twiggy) step_twiggy ;;
    mutants) step_mutants ;;
    *) die "unknown step '$1' (groups: build test bench all; steps: rust-target clippy wasm-pack wasm-bindgen apt npm twiggy mutants)" ;;
  esac
}

BUILD_STEPS=(rust-target wasm-pack wasm-bindgen npm)
TEST_STEPS=(rust-target clippy wasm-pack wasm-bindgen apt npm)
BENCH_STEPS=("${TEST_STEPS[@]}" twiggy)

steps=()
(($# > 0)) || set -- all
for arg in "$@"; do
  case "$arg" in
    build) steps+=("${BUILD_STEPS[@]}") ;;
    test | all) steps+=("${TEST_STEPS[@]}") ;;
    bench) steps+=("${BENCH_STEPS[@]}") ;;
    -h | --help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) steps+=("$arg") ;;
  esac
done

done_steps=" "
for s in "${steps[@]}"; do
  [[ "$done_steps" == *" $s "* ]] && continue
  run_step "$s"
  done_steps+="$s "
done
