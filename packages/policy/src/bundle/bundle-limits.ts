/** Caps on what a user bundle may hold and how long it may run; defaults below. */
export interface BundleLimits {
  /** Bytes of the bundle file as given (the .tar.gz or .wasm). */
  readonly maxCompressedBytes: number;
  /** Bytes of the tar after gunzip: inflating stops here (gzip bombs). */
  readonly maxUncompressedBytes: number;
  /** Entries in the tar (files and directories). */
  readonly maxEntries: number;
  /** Bytes of one entry. */
  readonly maxEntryBytes: number;
}

const MIB = 1024 * 1024;

/** A large organisation's bundle is a few MiB; the built-in one is 0.6 MiB. */
export const DEFAULT_BUNDLE_LIMITS: BundleLimits = {
  maxCompressedBytes: 16 * MIB,
  maxUncompressedBytes: 64 * MIB,
  maxEntries: 1000,
  maxEntryBytes: 32 * MIB,
};

/** Each load or evaluation of a user bundle must answer within this (`--policy-timeout`). */
export const DEFAULT_POLICY_TIMEOUT_MS = 5000;

/** A user bundle's WebAssembly memory may grow to this many 64 KiB pages (1 GiB). */
export const MAX_MEMORY_PAGES = 16384;
