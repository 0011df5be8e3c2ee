import type { Meaning } from "../fact.js";
import { NUMBER_WORDS, parseNumber, phraseTable, type Recogniser } from "./recogniser.js";

/**
 * Recovery: multi-region or disaster recovery (cross-region replication; a
 * second region named is the DR region), recovery time and point objectives
 * ("15-minute RTO", "RPO of 5 minutes", "recover within an hour", "no data
 * loss"), and backup retention ("30-day backups", "keep backups for a year").
 */
const COUNT = "(\\d[\\d,]*(?:\\.\\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten)";
const UNIT =
  "(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|wks?|months?|years?|yrs?)";

const MINUTES_PER: Readonly<Record<string, number>> = {
  s: 1 / 60,
  m: 1,
  h: 60,
  d: 1440,
  w: 10080,
};

function count(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const word = text.toLowerCase();
  if (word === "a" || word === "an") return 1;
  return NUMBER_WORDS[word] ?? parseNumber(text);
}

/** Minutes in "15 minutes", "an hour", "2h"; seconds round up to a whole minute. */
function minutes(amount: string | undefined, unit: string | undefined): number | undefined {
  const value = count(amount);
  if (value === undefined || unit === undefined) return undefined;
  const first = unit.toLowerCase().startsWith("mo") ? "mo" : unit.toLowerCase().charAt(0);
  if (first === "mo" || first === "y") return undefined; // no recovery objective is measured in months
  const factor = MINUTES_PER[first];
  return factor === undefined ? undefined : Math.ceil(value * factor);
}

function days(amount: string | undefined, unit: string | undefined): number | undefined {
  const value = count(amount);
  if (value === undefined || unit === undefined) return undefined;
  const word = unit.toLowerCase();
  const factor = word.startsWith("mo")
    ? 30
    : word.startsWith("y")
      ? 365
      : word.startsWith("w")
        ? 7
        : word.startsWith("d")
          ? 1
          : undefined;
  return factor === undefined ? undefined : Math.round(value * factor);
}

const objective = (kind: "rto" | "rpo", value: number | undefined): Meaning | undefined =>
  value === undefined || value > 10080 || (kind === "rto" && value < 1)
    ? undefined
    : { kind, minutes: value };

const DURATION = `${COUNT}[\\s-]*${UNIT}`;

export const RECOVERY_RECOGNISERS: readonly Recogniser[] = [
  ...phraseTable("multi-region", [
    [
      [
        "multi-region",
        "multiple regions",
        "two regions",
        "2 regions",
        "cross-region",
        "cross-region replication",
        "geo-redundant",
        "geo-redundancy",
        "disaster recovery",
        "dr",
        "active-active",
        "active-passive",
        "region failover",
        "regional failover",
      ],
      { kind: "multi-region" },
    ],
  ]),
  {
    concept: "recovery",
    // "15-minute RTO", "1 hour RPO"
    pattern: new RegExp(`(?<![\\p{L}\\p{N}.,])${DURATION}\\s+(rto|rpo)(?![\\p{L}\\p{N}])`, "giu"),
    read: (match) =>
      objective(match[3]!.toLowerCase() as "rto" | "rpo", minutes(match[1], match[2])),
  },
  {
    concept: "recovery",
    // "RTO of 15 minutes", "RPO under 5 min", "RTO: 1h"
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])(rto|rpo)\\s*(?:of|under|below|within|<|<=|:|=|is)?\\s*${DURATION}(?![\\p{L}\\p{N}])`,
      "giu",
    ),
    read: (match) =>
      objective(match[1]!.toLowerCase() as "rto" | "rpo", minutes(match[2], match[3])),
  },
  {
    concept: "recovery",
    // "recover within an hour", "back up in 30 minutes"
    pattern: new RegExp(
      `(?:recover(?:y|ed)?|back\\s+(?:up|online))\\s+(?:with)?in\\s+${DURATION}(?![\\p{L}\\p{N}])`,
      "giu",
    ),
    read: (match) => objective("rto", minutes(match[1], match[2])),
  },
  {
    concept: "recovery",
    // "lose at most 5 minutes of data", "no more than an hour of data loss"
    pattern: new RegExp(
      `(?:lose\\s+(?:at\\s+most|no\\s+more\\s+than|up\\s+to)|at\\s+most|no\\s+more\\s+than)\\s+${DURATION}\\s+of\\s+(?:data(?:\\s+loss)?|writes)`,
      "giu",
    ),
    read: (match) => objective("rpo", minutes(match[1], match[2])),
  },
  ...phraseTable("recovery", [[["no data loss", "zero data loss"], { kind: "rpo", minutes: 0 }]]),
  {
    concept: "backups",
    // "30-day backups", "90 day backup retention"
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}.,])${COUNT}[\\s-]*(days?|weeks?|months?|years?)\\s+(?:of\\s+)?backups?(?:\\s+retention)?(?![\\p{L}\\p{N}])`,
      "giu",
    ),
    read: (match) => backup(days(match[1], match[2])),
  },
  {
    concept: "backups",
    // "keep backups for 30 days", "backups retained for a year", "backup retention of 35 days"
    pattern: new RegExp(
      `backups?(?:\\s+retention)?\\s+(?:(?:kept|retained|stored)\\s+)?(?:for|of)\\s+${COUNT}[\\s-]*(days?|weeks?|months?|years?)(?![\\p{L}\\p{N}])`,
      "giu",
    ),
    read: (match) => backup(days(match[1], match[2])),
  },
];

function backup(value: number | undefined): Meaning | undefined {
  return value === undefined || value < 1 || value > 36500
    ? undefined
    : { kind: "backup-days", days: value };
}
