/**
 * The input document as JSON text, serialised once per evaluation and handed to every bundle.
 * The built-in rules (in-process) have the text encoded straight into their wasm memory; a user
 * bundle's worker gets the UTF-8 bytes, encoded on first use and shared by every worker, instead
 * of each stringifying (or structured-cloning) a graph of thousands of nodes.
 */
export class InputJson {
  #bytes: ArrayBuffer | undefined;

  constructor(readonly text: string) {}

  /** The UTF-8 bytes, which `@open-policy-agent/opa-wasm` takes as already-serialised JSON. */
  bytes(): ArrayBuffer {
    if (!this.#bytes) {
      const bytes = new TextEncoder().encode(this.text);
      // encode() returns a view on a buffer of its own; slice only if that ever changes.
      this.#bytes =
        bytes.byteLength === bytes.buffer.byteLength
          ? (bytes.buffer as ArrayBuffer)
          : (bytes.buffer.slice(
              bytes.byteOffset,
              bytes.byteOffset + bytes.byteLength,
            ) as ArrayBuffer);
    }
    return this.#bytes;
  }
}
