// The first module of each page of the built site (scripts/site.mjs): it asks for the engine's
// WebAssembly module before the page's scripts and the element's first render run, so that the
// module is fetched and compiled while the form is being built. The element's own loadEngine()
// finds the same load under way (engine.js loads once). A failure is the element's to report.
import load from './engine.js';

load().catch(() => {});
