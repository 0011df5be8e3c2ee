import { codeInfos, type DiagnosticCodeInfo } from "@idio-iac/core";

export type { DiagnosticCodeInfo };

/**
 * The intent phase's codes (reading, parsing, schema, semantic checks) by
 * name. Severity and title come from core's one registry; a name here for a
 * code the registry lacks is a type error. Ranges: IDIO0xx reading the file,
 * IDIO1xx YAML, IDIO2xx schema, IDIO3xx meaning.
 */
export const IntentCodes = codeInfos({
  FileNotFound: "IDIO001",
  NotAFile: "IDIO002",
  FileTooLarge: "IDIO003",
  FileUnreadable: "IDIO004",
  ReportTruncated: "IDIO008",
  EmptyDocument: "IDIO100",
  NotText: "IDIO101",
  YamlSyntax: "IDIO102",
  DuplicateKey: "IDIO103",
  ResourceLimit: "IDIO104",
  MultipleDocuments: "IDIO105",
  RootNotMapping: "IDIO106",
  UnsupportedTag: "IDIO107",
  ReservedKey: "IDIO108",
  NonStringKey: "IDIO109",
  UnknownProperty: "IDIO200",
  MissingProperty: "IDIO201",
  WrongType: "IDIO202",
  NotAllowedValue: "IDIO203",
  OutOfRange: "IDIO204",
  BadString: "IDIO205",
  BadList: "IDIO206",
  SchemaViolation: "IDIO207",
  DuplicateTierName: "IDIO300",
  UnknownTier: "IDIO301",
  SelfConnection: "IDIO302",
  ScalingInverted: "IDIO303",
  DrRegionSameAsRegion: "IDIO304",
  EngineMismatch: "IDIO305",
  BadTagKey: "IDIO306",
  BadTagValue: "IDIO307",
  TooManyTags: "IDIO308",
  PublicNotAllowed: "IDIO309",
  FieldNotApplicable: "IDIO310",
  BackendIncomplete: "IDIO311",
  // IDIO312 is retired (core's RETIRED_CODES): a public tier without a domain is served through CloudFront (IDIO422).
  SecurityOverridden: "IDIO313",
  ComputeMismatch: "IDIO314",
  DuplicateAlertEmail: "IDIO315",
  RegionsListPrimary: "IDIO316",
  RoutingWithoutRegions: "IDIO317",
  RoutingUnknownRegion: "IDIO318",
  InvalidGeolocation: "IDIO319",
  RoutingFieldIgnored: "IDIO320",
  DrRegionWithRegions: "IDIO321",
  // IDIO322 is retired (core's RETIRED_CODES): active-active regions each run their own cache; failover routing has one standby (IDIO325).
  TooManyDatabaseRegions: "IDIO323",
  RoutingNeedsDomain: "IDIO324",
  FailoverOneStandby: "IDIO325",
});

export type IntentCodeName = keyof typeof IntentCodes;

export const INTENT_DIAGNOSTIC_CODES: readonly DiagnosticCodeInfo[] = Object.values(IntentCodes);
