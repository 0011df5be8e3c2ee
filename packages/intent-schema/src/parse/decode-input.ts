import { IntentCodes } from "../diagnostics/codes.js";
import { INTENT_LIMITS } from "./limits.js";

export interface DecodeProblem {
  readonly code: (typeof IntentCodes)[keyof typeof IntentCodes];
  readonly message: string;
  readonly hint: string;
  /** Character offset in the decoded text, when the problem has a place. */
  readonly offset?: number;
}

export type DecodeResult =
  | { readonly text: string; readonly problem?: undefined }
  | { readonly text?: string; readonly problem: DecodeProblem };

const BOM = "\uFEFF";

/**
 * Turns the bytes or string a caller gives into the text the YAML parser
 * sees: size-checked, strict UTF-8, without a byte-order mark, and refused
 * when it is binary.
 */
export function decodeInput(input: string | Uint8Array): DecodeResult {
  const size = typeof input === "string" ? input.length : input.byteLength;
  if (size > INTENT_LIMITS.maxBytes) {
    return {
      problem: {
        code: IntentCodes.FileTooLarge,
        message: `The document is ${formatBytes(size)}; intents are limited to ${formatBytes(INTENT_LIMITS.maxBytes)}.`,
        hint: "An intent describes tiers, not data; split very large applications into several intents.",
      },
    };
  }
  let text: string;
  if (typeof input === "string") {
    text = input;
  } else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(input);
    } catch {
      const lossy = new TextDecoder("utf-8").decode(input);
      return {
        text: lossy,
        problem: {
          code: IntentCodes.NotText,
          message: "The file is not valid UTF-8 text.",
          hint: "Save the intent as UTF-8 (most editors: File › Save with encoding › UTF-8).",
          offset: Math.max(0, lossy.indexOf("\uFFFD")),
        },
      };
    }
  }
  if (text.startsWith(BOM)) text = text.slice(BOM.length);
  const nul = text.indexOf("\u0000");
  if (nul !== -1) {
    return {
      text,
      problem: {
        code: IntentCodes.NotText,
        message: "The file contains NUL bytes: it looks like a binary file, not a YAML intent.",
        hint: "Pass the intent's YAML or JSON file.",
        offset: nul,
      },
    };
  }
  return { text };
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
