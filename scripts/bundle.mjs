// What `make dist` (scripts/dist.mjs) and the built site (scripts/site.mjs) share: the element's
// sources in www/ made into minified ES modules by esbuild (ONE for dist: bundle(); an entry and its
// chunks for the site: bundleSplit()), the engine's glue inside, and every file they load at run
// time (the stylesheet, the WebAssembly module) under a content-hashed name beside them, found
// from the module's own URL.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const WWW = join(ROOT, 'www');
export const PKG = join(WWW, 'pkg');
const PKG_JS = join(PKG, 'joseikin.js');
/** The engine as a bundle carries it: the glue, and a loader that checks the wasm's SHA-384. */
export const ENGINE = join(ROOT, 'scripts', 'dist', 'engine.js');

/** The policy the element runs under on its own origin (dist's embed.html, the built site). */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

export const sha384 = (bytes) => createHash('sha384').update(bytes).digest();
export const integrityOf = (bytes) => `sha384-${sha384(bytes).toString('base64')}`;
/** `name-<first 16 hex digits of the SHA-384>.ext`: the name changes exactly when the bytes do. */
export const hashedName = (stem, ext, bytes) => `${stem}-${sha384(bytes).toString('hex').slice(0, 16)}${ext}`;

/** Cargo.toml's [package] version. */
export async function crateVersion() {
  const toml = await readFile(join(ROOT, 'Cargo.toml'), 'utf8');
  const pkg = toml.split(/^\[/m).find((s) => s.startsWith('package]'));
  const m = pkg && /^version\s*=\s*"([^"]+)"/m.exec(pkg);
  if (!m) throw new Error('bundle: no [package] version in Cargo.toml');
  return m[1];
}

/**
 * The release build's WebAssembly module under its hashed name, and the defines that tell the
 * engine (scripts/dist/engine.js) that name and the SHA-384 it must have.
 */
export async function hashedWasm() {
  const bytes = await readFile(join(PKG, 'joseikin_bg.wasm')).catch(() => {
    throw new Error('bundle: www/pkg/joseikin_bg.wasm is missing: run `make build` first');
  });
  const name = hashedName('joseikin', '.wasm', bytes);
  return {
    name,
    bytes,
    integrity: integrityOf(bytes),
    defines: {
      __JOSEIKIN_WASM__: JSON.stringify(`./${name}`),
      __JOSEIKIN_WASM_INTEGRITY__: JSON.stringify(integrityOf(bytes)),
    },
  };
}

const URL_OF = /new URL\(\s*(['"])([^'"]+)\1\s*,\s*import\.meta\.url\s*\)/g;
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The esbuild plugin that makes the element's sources a bundle that finds its files from its own
 * URL. In a module of www/, each `new URL('<file>', import.meta.url)`:
 * - naming pkg/joseikin.js (the engine the element imports at run time): the `import(NAME.href)`
 *   of that URL becomes `Promise.resolve(ns)` of scripts/dist/engine.js imported statically, which
 *   esbuild bundles, so the glue is inside the bundle and covered by its integrity hash;
 * - naming any other file (the stylesheet): the file is put in `assets` under its hashed name and
 *   the URL names that, beside the bundle.
 * The build fails when a module loads the engine some other way: better than a bundle that would
 * fetch an unhashed glue file.
 */
export function elementPlugin(assets) {
  return {
    name: 'joseikin-element',
    setup(b) {
      b.onLoad({ filter: /\.js$/ }, async (args) => {
        if (!args.path.startsWith(WWW + sep) || args.path.startsWith(PKG + sep)) return undefined;
        let code = await readFile(args.path, 'utf8');
        const where = relative(ROOT, args.path);
        for (const m of [...code.matchAll(URL_OF)]) {
          const target = resolve(dirname(args.path), m[2]);
          if (target === PKG_JS) {
            const binding = new RegExp(`(?:const|let|var)\\s+([\\w$]+)\\s*=\\s*${escape(m[0])}`).exec(code);
            if (!binding) throw new Error(`bundle: ${where}: the engine's URL (${m[2]}) is not bound to a name`);
            const call = new RegExp(`import\\(\\s*${escape(binding[1])}(?:\\.href)?\\s*\\)`, 'g');
            if (!call.test(code)) throw new Error(`bundle: ${where}: no import(${binding[1]}.href) of the engine`);
            // A static import: the engine is in the bundle (or in the chunk the page's first module
            // already loaded), so asking for it needs no request and no chunk of its own.
            code = `import * as __joseikinEngine from ${JSON.stringify(ENGINE)};\n${code.replace(call, 'Promise.resolve(__joseikinEngine)')}`;
            continue;
          }
          const bytes = await readFile(target).catch(() => {
            throw new Error(`bundle: ${where}: ${m[2]} not found`);
          });
          if (extname(target) === '.css' && /url\(|@import/.test(bytes.toString('utf8'))) {
            throw new Error(`bundle: ${relative(ROOT, target)} refers to other files; the bundle does not carry them`);
          }
          const name = hashedName(basename(target, extname(target)), extname(target), bytes);
          assets.set(name, bytes);
          code = code.split(m[0]).join(`new URL(${JSON.stringify(`./${name}`)}, import.meta.url)`);
        }
        return { contents: code, loader: 'js', resolveDir: dirname(args.path) };
      });
    },
  };
}

/** What bundle() and bundleSplit() ask of esbuild: minified ES modules, in memory. */
function esbuildOptions(entry, defines, plugins, banner) {
  return {
    ...(typeof entry === 'string'
      ? { entryPoints: [entry] }
      : { stdin: { contents: entry.contents, resolveDir: entry.resolveDir, sourcefile: entry.name, loader: 'js' } }),
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    minify: true,
    charset: 'utf8',
    // The licence of a bundled third-party module (/*! … */: the printout's QR encoder, MIT) goes
    // with it, at the end of the bundle (of its chunk, when split).
    legalComments: 'eof',
    banner: { js: banner },
    define: defines,
    plugins,
    write: false,
    logLevel: 'silent',
  };
}

/**
 * One minified ES module. `entry` is a file, or `{ contents, resolveDir, name }` for an entry
 * written here (the site's: the page's script and the element's, in the page's order); `defines`
 * name the wasm (hashedWasm), `plugins` usually [elementPlugin(assets)].
 */
export async function bundle(entry, defines, plugins, banner) {
  const name = typeof entry === 'string' ? relative(ROOT, entry) : entry.name;
  const result = await build({ ...esbuildOptions(entry, defines, plugins, banner), outdir: 'out' });
  const [file, ...more] = result.outputFiles;
  if (!file || more.length) throw new Error(`bundle: ${name} did not give exactly one file`);
  if (/\bimport\(/.test(file.text)) throw new Error(`bundle: the bundle of ${name} still imports at run time`);
  return Buffer.from(file.contents);
}

/** A chunk's esbuild name, before it is renamed by its content (bundleSplit). */
const CHUNK_REF = /\.\/(?:c|e)-[A-Z0-9]{8}\.js/g;

/**
 * The site's form of bundle(): ES modules split by esbuild (`splitting`), for a page whose scripts
 * import some parts only when they are needed (`import()`): the entry, the chunks it imports
 * statically (loaded with it), and the chunks imported at run time. Every file is named
 * `<stem>-<first 16 hex digits of its SHA-384>.js`, where <stem> is the page's stem for the entry and,
 * for a chunk, the name of its entry point (`qrcode-generator`, `decision`…) or of its largest
 * module; a file's name covers the names of the chunks it imports, so it changes when they do.
 * Returns { entry, files: Map(name → bytes), imports and dynamicImports: Map(name → the names it
 * imports statically / at run time), withImports(name): the name and what loads with it }.
 */
export async function bundleSplit(entry, defines, plugins, banner, stem) {
  const lazy = new Map();
  const result = await build({
    ...esbuildOptions(entry, defines, [lazyPlugin(lazy, defines, plugins, banner), ...plugins], banner),
    splitting: true,
    // Paths in the metafile are relative to this, whatever the caller's working directory.
    absWorkingDir: ROOT,
    outdir: join(ROOT, 'target', 'split'),
    entryNames: 'e-[hash]',
    chunkNames: 'c-[hash]',
    metafile: true,
  });
  const outputs = new Map();
  for (const file of result.outputFiles) {
    const key = relative(ROOT, file.path).split(sep).join('/');
    const meta = result.metafile.outputs[key];
    if (!meta) throw new Error(`bundle: ${entry.name}: no metafile entry for ${key}`);
    outputs.set(`./${basename(file.path)}`, { text: file.text, meta, entry: basename(file.path).startsWith('e-') });
  }
  const isEntry = (o) => o.entry;
  const entries = [...outputs.keys()].filter((k) => isEntry(outputs.get(k)));
  if (entries.length !== 1) throw new Error(`bundle: ${entry.name} did not give exactly one entry`);

  const stemOf = (o) => {
    if (isEntry(o)) return stem;
    // A module of a plugin's own (`namespace:name`): the page's stem and that name.
    if (o.meta.entryPoint?.includes(':')) return `${stem}-${o.meta.entryPoint.split(':').pop()}`;
    const from = o.meta.entryPoint ?? Object.entries(o.meta.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)[0]?.[0] ?? 'chunk';
    return basename(from).replace(/\.(m?js)$/, '').replace(/[^\w-]/g, '_');
  };
  // Renamed leaves first: a file's bytes (and so its name) hold the final names of what it imports.
  const named = new Map();
  const visiting = new Set();
  const nameOf = (ref) => {
    if (named.has(ref)) return named.get(ref);
    if (visiting.has(ref)) throw new Error(`bundle: ${entry.name}: chunks import each other (${ref})`);
    visiting.add(ref);
    const o = outputs.get(ref);
    if (!o) throw new Error(`bundle: ${entry.name}: a chunk imports ${ref}, which esbuild did not write`);
    const text = o.text.replace(CHUNK_REF, (r) => `./${nameOf(r).name}`);
    const bytes = Buffer.from(text);
    const out = { name: hashedName(stemOf(o), '.js', bytes), bytes };
    named.set(ref, out);
    return out;
  };
  const files = new Map();
  const imports = new Map();
  const dynamicImports = new Map();
  for (const [ref, o] of outputs) {
    const { name, bytes } = nameOf(ref);
    files.set(name, bytes);
    // An external import is a chunk of lazyPlugin's, already under its final name.
    const refs = (kind) => o.meta.imports.filter((i) => i.kind === kind)
      .map((i) => (i.external ? basename(i.path) : nameOf(`./${basename(i.path)}`).name));
    imports.set(name, refs('import-statement'));
    dynamicImports.set(name, refs('dynamic-import'));
  }
  /** `name` and the chunks it imports statically, and theirs: what loads with it. */
  const withImports = (name, into = new Set()) => {
    if (!into.has(name)) {
      into.add(name);
      for (const i of imports.get(name)) withImports(i, into);
    }
    return into;
  };
  for (const [name, bytes] of lazy) {
    files.set(name, bytes);
    imports.set(name, []);
    dynamicImports.set(name, []);
  }
  for (const [name, bytes] of files) {
    for (const m of bytes.toString('utf8').matchAll(/\bimport\(\s*(['"`]?)([^'"`)]*)/g)) {
      if (!files.has(m[2].replace(/^\.\//, ''))) throw new Error(`bundle: ${name} imports ${m[2]} at run time, which is not one of its chunks`);
    }
  }
  return { entry: named.get(entries[0]).name, files, imports, dynamicImports, withImports };
}

/**
 * For bundleSplit: each module of www/ that a module imports at run time (`import('./decision.js')`)
 * is bundled on its own (bundle(): one file, with its own copy of the small modules it imports, so
 * that no chunk is shared with the page's: the page loads no more files for its first estimate) and
 * named by its content; the `import()` names that file. Such a module may not itself import another
 * at run time.
 */
function lazyPlugin(lazy, defines, plugins, banner) {
  const built = new Map();
  return {
    name: 'joseikin-lazy',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== 'dynamic-import' || !args.path.startsWith('.') || !args.importer.startsWith(WWW + sep)) return undefined;
        const path = resolve(args.resolveDir, args.path);
        if (!path.startsWith(WWW + sep) || path.startsWith(PKG + sep)) return undefined;
        if (!built.has(path)) {
          built.set(path, bundle(path, defines, plugins, banner).then((bytes) => {
            const name = hashedName(basename(path).replace(/\.m?js$/, ''), '.js', bytes);
            lazy.set(name, bytes);
            return name;
          }));
        }
        return { path: `./${await built.get(path)}`, external: true };
      });
    },
  };
}
