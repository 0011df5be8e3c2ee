import { codeInfos } from "@idio-iac/core";

/** Diagnostics of `idio new` (IDIO730–IDIO739), documented in docs/diagnostics.md. */
export const NewCodes = codeInfos({
  NoApplication: "IDIO730",
  FileExists: "IDIO731",
  NotWritten: "IDIO732",
  WordsNotUsed: "IDIO733",
  WordsNotApplied: "IDIO734",
  InvalidIntent: "IDIO735",
});
