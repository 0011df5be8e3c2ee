import { gunzipSync } from "node:zlib";

/**
 * The files of a gzipped tar archive (the format `opa build` writes), by name
 * without a leading slash. Only regular files are returned; OPA bundles hold
 * nothing else. Small enough to read whole: a bundle is a few megabytes.
 */
export function readTarGz(bytes: Uint8Array): Map<string, Uint8Array> {
  const tar = gunzipSync(bytes);
  const files = new Map<string, Uint8Array>();
  let offset = 0;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break; // end-of-archive marker
    const name = field(header, 0, 100);
    const prefix = field(header, 345, 155);
    const size = Number.parseInt(field(header, 124, 12).trim() || "0", 8);
    const type = String.fromCharCode(header[156] ?? 0);
    const start = offset + 512;
    if (type === "0" || type === "\0") {
      const path = (prefix ? `${prefix}/${name}` : name).replace(/^\.?\/+/, "");
      files.set(path, tar.subarray(start, start + size));
    }
    offset = start + Math.ceil(size / 512) * 512;
  }
  return files;
}

function field(header: Uint8Array, start: number, length: number): string {
  const raw = header.subarray(start, start + length);
  const end = raw.indexOf(0);
  return Buffer.from(end === -1 ? raw : raw.subarray(0, end)).toString("utf8");
}
