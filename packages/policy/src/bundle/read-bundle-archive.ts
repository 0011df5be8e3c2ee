import { gunzipSync } from "node:zlib";
import { Parser, type ReadEntry } from "tar";
import { PolicyDiagnostic } from "../diagnostic-codes.js";
import type { BundleLimits } from "./bundle-limits.js";
import { PolicyBundleError } from "./policy-bundle-error.js";

const REBUILD = "Rebuild the bundle with opa build -t wasm; it writes regular files only.";

/**
 * The regular files of a gzipped tar bundle (what `opa build` writes), by path
 * without OPA's leading `/`. The archive is untrusted: gunzip stops at the
 * uncompressed cap (zlib's maxOutputLength aborts a gzip bomb while inflating),
 * and node-tar's parser hands over each header before its body so a bad entry
 * (a link, device, FIFO, a negative or huge size, a path leaving the archive)
 * stops reading there. Synchronous, so `plan()` callers need no event loop.
 */
export function readBundleArchive(
  bytes: Uint8Array,
  bundle: string,
  limits: BundleLimits,
): Map<string, Uint8Array> {
  const fail = (code: Parameters<typeof problem>[1], message: string, hint = REBUILD) =>
    problem(bundle, code, message, hint);
  let tar: Buffer;
  try {
    tar = gunzipSync(bytes, { maxOutputLength: limits.maxUncompressedBytes });
  } catch (error) {
    if (
      (error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" ||
      error instanceof RangeError
    ) {
      throw fail(
        PolicyDiagnostic.BundleExpandsTooFar,
        `inflates to more than ${mib(limits.maxUncompressedBytes)}; reading stopped there`,
        "A real bundle is a few MiB; this looks like a gzip bomb. Rebuild it with opa build -t wasm.",
      );
    }
    throw fail(
      PolicyDiagnostic.BundleArchiveMalformed,
      `is not valid gzip (${(error as Error).message})`,
    );
  }

  const files = new Map<string, Uint8Array>();
  let failure: PolicyBundleError | undefined;
  let entries = 0;
  const parser = new Parser({
    strict: true,
    onReadEntry(entry: ReadEntry) {
      if (failure) return entry.resume();
      failure = checkEntry(entry, (entries += 1), bundle, limits);
      if (failure) {
        parser.abort(failure);
        return;
      }
      if (entry.type !== "File" && entry.type !== "OldFile") return entry.resume();
      const chunks: Buffer[] = [];
      entry.on("data", (chunk: Buffer) => chunks.push(chunk));
      entry.on("end", () => files.set(archivePath(entry.path), Buffer.concat(chunks)));
    },
  });
  parser.on("error", (error: Error) => {
    failure ??=
      error instanceof PolicyBundleError
        ? error
        : fail(
            PolicyDiagnostic.BundleArchiveMalformed,
            `is not a valid tar archive (${error.message})`,
          );
  });
  parser.on("warn", (code: string, message: string | Error) => {
    failure ??= fail(
      PolicyDiagnostic.BundleArchiveMalformed,
      `is not a valid tar archive (${code}: ${message instanceof Error ? message.message : message})`,
    );
  });
  try {
    parser.end(tar);
  } catch (error) {
    failure ??= fail(
      PolicyDiagnostic.BundleArchiveMalformed,
      `is not a valid tar archive (${String(error)})`,
    );
  }
  if (failure) throw failure;
  return files;
}

/** Why an entry may not be read, judged from its header alone; undefined when it may. */
function checkEntry(
  entry: ReadEntry,
  count: number,
  bundle: string,
  limits: BundleLimits,
): PolicyBundleError | undefined {
  const name = JSON.stringify(entry.path);
  if (count > limits.maxEntries) {
    return problem(
      bundle,
      PolicyDiagnostic.BundleTooManyEntries,
      `holds more than ${limits.maxEntries} entries`,
      "An OPA bundle holds policy.wasm, data.json, .manifest and the Rego sources; remove the rest.",
    );
  }
  // node-tar leaves the size undefined when the field is negative (base-256) or unreadable.
  const size = entry.header.size;
  if (typeof size !== "number" || !Number.isSafeInteger(size) || size < 0) {
    return problem(
      bundle,
      PolicyDiagnostic.BundleArchiveMalformed,
      `entry ${name} has an invalid size field (negative or unreadable)`,
      REBUILD,
    );
  }
  if (size > limits.maxEntryBytes) {
    return problem(
      bundle,
      PolicyDiagnostic.BundleEntryTooLarge,
      `entry ${name} is ${mib(size)}, more than the ${mib(limits.maxEntryBytes)} an entry may be`,
      REBUILD,
    );
  }
  if (!["File", "OldFile", "Directory"].includes(entry.type)) {
    return problem(
      bundle,
      PolicyDiagnostic.BundleEntryForbidden,
      `entry ${name} is a ${entry.type} (only regular files and directories are read)`,
      REBUILD,
    );
  }
  if (!safePath(entry.path)) {
    return problem(
      bundle,
      PolicyDiagnostic.BundleEntryPathUnsafe,
      `entry ${name} points outside the archive`,
      "Entry paths are relative to the bundle root (OPA writes /policy.wasm); `..`, drive letters and backslashes are refused.",
    );
  }
  return undefined;
}

/** OPA writes `/policy.wasm`: one leading slash means the bundle root; anything else absolute or `..` is refused. */
function safePath(path: string): boolean {
  const relative = path.replace(/^\/(?!\/)/, "");
  if (relative.startsWith("/") || /^[A-Za-z]:/.test(relative)) return false;
  if (relative.includes("\\") || relative.includes("\0")) return false;
  return !relative.split("/").includes("..");
}

function archivePath(path: string): string {
  return path.replace(/^\.?\/+/, "");
}

function problem(
  bundle: string,
  code: ConstructorParameters<typeof PolicyBundleError>[2],
  message: string,
  hint: string,
): PolicyBundleError {
  return new PolicyBundleError(bundle, message, code, hint);
}

function mib(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
}
