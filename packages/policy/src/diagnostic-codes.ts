import type { DiagnosticCode } from "@idio-iac/core";

/** Diagnostic codes of the policy phase (documented in docs/diagnostics.md under Policy). */
export const PolicyDiagnostic = {
  /** A waiver's expiry date has passed; the finding it covered is reported again. */
  WaiverExpired: "IDIO501",
  /** A waiver matched no finding (the resource was fixed, renamed or removed). */
  WaiverUnused: "IDIO502",
  /** A waiver names a rule id no loaded bundle defines. */
  WaiverUnknownRule: "IDIO503",
  /** Two fixes set the same field to different values, or fixes did not settle. */
  FixConflict: "IDIO504",
  /** A user bundle reuses a rule id already taken, or a rule package reports without METADATA. */
  BundleConflict: "IDIO505",
  /** A fix could not be applied to the graph. */
  FixFailed: "IDIO506",
  /** A --policy-bundle file cannot be read (missing, a directory, no permission). */
  BundleUnreadable: "IDIO510",
  /** A bundle file is larger than the compressed-size cap. */
  BundleTooLarge: "IDIO511",
  /** A bundle inflates past the uncompressed-size cap (a gzip bomb is stopped here). */
  BundleExpandsTooFar: "IDIO512",
  /** Not a readable gzip or tar archive: bad checksum, truncated, a negative or malformed size. */
  BundleArchiveMalformed: "IDIO513",
  /** A tar entry that is not a regular file or directory: a link, device or FIFO. */
  BundleEntryForbidden: "IDIO514",
  /** A tar entry path that leaves the archive (`..`) or is absolute beyond OPA's leading `/`. */
  BundleEntryPathUnsafe: "IDIO515",
  /** One tar entry is larger than the entry-size cap. */
  BundleEntryTooLarge: "IDIO516",
  /** The archive holds more entries than the entry-count cap. */
  BundleTooManyEntries: "IDIO517",
  /** The bundle is not an IDIO policy: no policy.wasm, not WebAssembly, entrypoints or METADATA wrong. */
  BundleNotPolicy: "IDIO518",
  /** Loading or evaluating a user bundle took longer than the time limit (--policy-timeout). */
  BundleTimeout: "IDIO519",
  /** A user bundle failed while running (a wasm trap, out of memory) or answered in the wrong shape. */
  BundleEvaluationFailed: "IDIO520",
  /** A fix's JSON Patch path or value touches `__proto__`, `constructor` or `prototype`. */
  FixTouchesPrototype: "IDIO521",
  /** A user bundle's fix was not applied because --allow-bundle-fixes was not given. */
  BundleFixNotApplied: "IDIO522",
  /** A user bundle's fix changes a node outside `/props` and `/tags`. */
  BundleFixOutsideProps: "IDIO523",
  /** An open finding of a deployability rule (`deploy: error`): AWS would refuse the plan. */
  DeployBlocked: "IDIO524",
} as const satisfies Record<string, DiagnosticCode>;
