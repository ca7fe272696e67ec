// Builds an answer from its JSON text, which the module writes in UTF-16 into its own memory:
// one decode and one JSON.parse are far cheaper than building the object field by field across
// the boundary.
const decoder = new TextDecoder('utf-16le');

export function parse_utf16(memory, ptr, len) {
  return JSON.parse(decoder.decode(new Uint16Array(memory.buffer, ptr, len)));
}
