// The engine as the package ships it: the wasm-bindgen glue of www/pkg with a loader that fetches
// the WebAssembly module next to this bundle (import.meta.url) and refuses it unless its bytes
// match the SHA-384 built in here (fetch's `integrity`), so a page's Subresource Integrity on the
// bundle extends to the module. scripts/dist.mjs defines __JOSEIKIN_WASM__ (the module's hashed
// file name) and __JOSEIKIN_WASM_INTEGRITY__ ("sha384-…") when it bundles this file.
import init from '../../www/pkg/joseikin.js';

/* global __JOSEIKIN_WASM__, __JOSEIKIN_WASM_INTEGRITY__ */
export const WASM_FILE = __JOSEIKIN_WASM__;
export const WASM_INTEGRITY = __JOSEIKIN_WASM_INTEGRITY__;

let ready;
// Credentials as a `crossorigin` preload asks (`same-origin`: none to another origin, such as a
// portal's asset host), so that a page's <link rel="preload" as="fetch" crossorigin integrity> of
// the module is used instead of fetched a second time (the built site preloads it so).
/** Fetches, checks and instantiates the module once; resolves when simulate() can be called. */
export default function load() {
  ready ??= init({
    module_or_path: fetch(new URL(WASM_FILE, import.meta.url), { integrity: WASM_INTEGRITY, credentials: 'same-origin' }),
  }).then(() => undefined);
  return ready;
}

// Everything the module exports (simulate, whatIf, programs, version…); initSync is for the
// package's Node entry, which reads and checks the bytes itself.
export * from '../../www/pkg/joseikin.js';
