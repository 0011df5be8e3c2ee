/** UTF-16 units encoded at a time (writeFile's own chunk is 512 KiB). */
export const TEXT_SLICE = 512 * 1024;

/**
 * `text` in consecutive slices of at most TEXT_SLICE units whose UTF-8 encodings, joined, are
 * the UTF-8 of `text`: a slice never ends between the two halves of a surrogate pair (each half
 * alone would be encoded as U+FFFD). Encoding a slice at a time (to hash or write a file) needs
 * a buffer of a slice, not a second copy of a text of tens of MB.
 */
export function* textSlices(text: string): Generator<string> {
  for (let at = 0; at < text.length;) {
    let end = Math.min(at + TEXT_SLICE, text.length);
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
    yield text.slice(at, end);
    at = end;
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
