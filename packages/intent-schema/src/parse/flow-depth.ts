/**
 * Offset of the first flow bracket (`[` or `{`) nested deeper than `limit`,
 * or -1. The YAML library exhausts memory on tens of thousands of nested
 * brackets, so this runs before it. It counts brackets inside quoted strings
 * too: over-counting can only refuse documents no real intent resembles.
 */
export function firstFlowDepthExceeding(text: string, limit: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 0x5b || char === 0x7b) {
      depth += 1;
      if (depth > limit) return i;
    } else if ((char === 0x5d || char === 0x7d) && depth > 0) {
      depth -= 1;
    }
  }
  return -1;
}
