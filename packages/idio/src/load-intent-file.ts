import { open, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { diagnostic } from "@idio-iac/core";
import {
  INTENT_LIMITS,
  IntentCodes,
  parseIntent,
  type Diagnostic,
  type DiagnosticCodeInfo,
  type ParseIntentResult,
} from "@idio-iac/intent-schema";

export interface LoadedIntent extends ParseIntentResult {
  /** The file as the user named it: what every diagnostic shows. */
  readonly fileName: string;
}

/**
 * Reads an intent file and parses it: the I/O edge in front of parseIntent.
 * A missing file, a directory, an oversized or unreadable file becomes a
 * diagnostic like any other problem. `path` is resolved against `cwd` for
 * reading only; diagnostics name it exactly as given.
 */
export async function loadIntentFile(path: string, cwd: string): Promise<LoadedIntent> {
  const fileName = path;
  const absolute = resolve(cwd, path);
  const fail = (info: DiagnosticCodeInfo, message: string, hint: string): LoadedIntent => ({
    fileName,
    diagnostics: [fileDiagnostic(info, fileName, message, hint)],
  });

  let size: number;
  try {
    const info = await stat(absolute);
    if (!info.isFile()) {
      return fail(
        IntentCodes.NotAFile,
        `${fileName} is ${info.isDirectory() ? "a directory" : "not a regular file"}, not an intent file.`,
        info.isDirectory()
          ? `Did you mean ${joinPath(path, "intent.yaml")}?`
          : "Pass the path of a YAML or JSON intent file.",
      );
    }
    size = info.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      return fail(
        IntentCodes.FileNotFound,
        `${fileName} does not exist.`,
        "Check the path; it is relative to the current directory.",
      );
    }
    return fail(
      IntentCodes.FileUnreadable,
      `${fileName} cannot be read (${code ?? "unknown error"}).`,
      "Check the file's permissions.",
    );
  }
  if (size > INTENT_LIMITS.maxBytes) {
    return fail(
      IntentCodes.FileTooLarge,
      `${fileName} is ${size} bytes; intents are limited to ${INTENT_LIMITS.maxBytes} bytes.`,
      "An intent describes tiers, not data; check that this is the right file.",
    );
  }

  let bytes: Uint8Array;
  try {
    // Read at most one byte past the limit, in case the file grew after stat.
    const handle = await open(absolute, "r");
    try {
      const buffer = Buffer.alloc(INTENT_LIMITS.maxBytes + 1);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      bytes = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(
      IntentCodes.FileUnreadable,
      `${fileName} cannot be read (${code ?? "unknown error"}).`,
      "Check the file's permissions.",
    );
  }
  return { fileName, ...parseIntent(bytes, fileName) };
}

function fileDiagnostic(
  info: DiagnosticCodeInfo,
  file: string,
  message: string,
  hint: string,
): Diagnostic {
  return diagnostic(info.code, { message, file, hint });
}

function joinPath(directory: string, name: string): string {
  return directory.endsWith("/") ? `${directory}${name}` : `${directory}/${name}`;
}
