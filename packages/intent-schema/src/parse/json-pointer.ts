/** Splits an RFC 6901 JSON pointer into its unescaped segments ("" is the root). */
export function pointerSegments(pointer: string): string[] {
  if (pointer === "" || !pointer.startsWith("/")) return [];
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** Appends one segment to a pointer, escaping it. */
export function childPointer(pointer: string, segment: string | number): string {
  return `${pointer}/${String(segment).replace(/~/g, "~0").replace(/\//g, "~1")}`;
}
