/** Diagnostic codes of the policy phase (documented in docs/rules.md and the package README). */
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
} as const;
