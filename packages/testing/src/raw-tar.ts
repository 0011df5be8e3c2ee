import { gzipSync } from "node:zlib";

/**
 * Tar archives written header by header, so tests can build what no tar
 * tool writes: negative sizes, FIFOs, links, paths outside the archive.
 */
export interface RawEntry {
  readonly name: string;
  /** Type flag: "0" file, "1" hard link, "2" symlink, "3"/"4" devices, "5" directory, "6" FIFO. */
  readonly type?: string;
  readonly body?: Uint8Array;
  /** Raw 12-byte size field, when it must lie about the body. */
  readonly sizeField?: Uint8Array;
  readonly linkName?: string;
}

export function rawTar(entries: readonly RawEntry[]): Buffer {
  const blocks: Buffer[] = [];
  for (const entry of entries) {
    const body = Buffer.from(entry.body ?? new Uint8Array());
    const header = Buffer.alloc(512);
    header.write(entry.name, 0, 100, "utf8");
    header.write("0000644\0", 100);
    header.write("0000000\0", 108);
    header.write("0000000\0", 116);
    if (entry.sizeField) Buffer.from(entry.sizeField).copy(header, 124, 0, 12);
    else header.write(`${body.length.toString(8).padStart(11, "0")}\0`, 124);
    header.write("00000000000\0", 136);
    header.write(entry.type ?? "0", 156);
    if (entry.linkName) header.write(entry.linkName, 157, 100, "utf8");
    header.write("ustar\0", 257);
    header.write("00", 263);
    header.fill(" ", 148, 156);
    const sum = header.reduce((total, byte) => total + byte, 0);
    header.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148);
    blocks.push(header, body, Buffer.alloc((512 - (body.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

export function rawTarGz(entries: readonly RawEntry[]): Buffer {
  return gzipSync(rawTar(entries));
}

/** A base-256 size field holding -1 (all bits set), which the old hand-written reader looped on. */
export const NEGATIVE_SIZE = new Uint8Array(12).fill(0xff);

/** An octal size field claiming 8 GiB minus one byte. */
export const HUGE_SIZE = new TextEncoder().encode("77777777777\0");
