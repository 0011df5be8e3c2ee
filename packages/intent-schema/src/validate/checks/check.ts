import type { IntentCodes } from "../../diagnostics/codes.js";
import type { LooseRecord } from "../loose.js";

export type CodeInfo = (typeof IntentCodes)[keyof typeof IntentCodes];

/** Reports one problem at a JSON pointer; `atKey` places it on the key rather than the value. */
export type Report = (
  info: CodeInfo,
  pointer: string,
  message: string,
  hint?: string,
  options?: {
    atKey?: boolean;
    /** Other places that take part in the problem, each with why (e.g. the first of two equal names). */
    related?: readonly { readonly pointer: string; readonly message: string }[];
  },
) => void;

/**
 * A semantic check: one rule the schema cannot express. It reads the document
 * after defaults, through the loose guards, because it also runs on documents
 * with schema errors.
 */
export type SemanticCheck = (document: LooseRecord, report: Report) => void;
