/**
 * The input document as the JSON bytes OPA's wasm reads, serialised once per evaluation and
 * handed to every bundle: the built-in rules and each user bundle's worker read the same bytes
 * instead of each stringifying (or structured-cloning) a graph of thousands of nodes.
 * `@open-policy-agent/opa-wasm` takes an ArrayBuffer as already-serialised JSON.
 */
export function inputBytes(input: unknown): ArrayBuffer {
  const bytes = new TextEncoder().encode(JSON.stringify(input));
  // encode() returns a view on a buffer of its own; slice only if that ever changes.
  return bytes.byteLength === bytes.buffer.byteLength
    ? (bytes.buffer as ArrayBuffer)
    : (bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
}
