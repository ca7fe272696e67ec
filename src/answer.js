// Builds an answer from its JSON text, which the module writes into its own memory: one decode and
// one JSON.parse are far cheaper than building the object field by field across the boundary.
const decoder = new TextDecoder();

export function parse_utf8(memory, ptr, len) {
  return JSON.parse(decoder.decode(new Uint8Array(memory.buffer, ptr, len)));
}
