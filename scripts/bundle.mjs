// What `make dist` (scripts/dist.mjs) and the built site (scripts/site.mjs) share: the element's
// sources in www/ made into ONE minified ES module by esbuild, the engine's glue inside it, and
// every file it loads at run time (the stylesheet, the WebAssembly module) under a content-hashed
// name beside it, found from the bundle's own URL.
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
 *   of that URL becomes a static `import()` of scripts/dist/engine.js, which esbuild bundles, so
 *   the glue is inside the bundle and covered by its integrity hash;
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
            code = code.replace(call, `import(${JSON.stringify(ENGINE)})`);
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

/**
 * One minified ES module. `entry` is a file, or `{ contents, resolveDir, name }` for an entry
 * written here (the site's: the page's script and the element's, in the page's order); `defines`
 * name the wasm (hashedWasm), `plugins` usually [elementPlugin(assets)].
 */
export async function bundle(entry, defines, plugins, banner) {
  const name = typeof entry === 'string' ? relative(ROOT, entry) : entry.name;
  const result = await build({
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
    // with it, at the end of the bundle.
    legalComments: 'eof',
    banner: { js: banner },
    define: defines,
    plugins,
    write: false,
    outdir: 'out',
    logLevel: 'silent',
  });
  const [file, ...more] = result.outputFiles;
  if (!file || more.length) throw new Error(`bundle: ${name} did not give exactly one file`);
  if (/\bimport\(/.test(file.text)) throw new Error(`bundle: the bundle of ${name} still imports at run time`);
  return Buffer.from(file.contents);
}
