import { AVAILABILITY_TARGETS, type AvailabilityTarget } from "@idio-iac/intent-schema";
import type { Meaning } from "../fact.js";
import { NUMBER_WORDS, phraseTable, type Recogniser } from "./recogniser.js";

/**
 * Availability: a percentage ("99.99% uptime", "an SLA of 99.95"), nines
 * ("four nines"), or "highly available" (99.95: Multi-AZ data). A stated
 * percentage that is not a target becomes the lowest target that meets it
 * (99.5 → 99.9); one above 99.999 is not met by any and stays unused.
 */
export function targetFor(percent: number): AvailabilityTarget | undefined {
  return AVAILABILITY_TARGETS.find((target) => Number(target) >= percent);
}

function percentMeaning(text: string | undefined): Meaning | undefined {
  if (text === undefined) return undefined;
  const percent = Number(text);
  if (!Number.isFinite(percent) || percent < 90 || percent >= 100) return undefined;
  const target = targetFor(percent);
  if (target === undefined) return undefined;
  return { kind: "availability", target, ...(target === text ? {} : { stated: text }) };
}

const NINES: Readonly<Record<number, AvailabilityTarget>> = {
  3: "99.9",
  4: "99.99",
  5: "99.999",
};

const PERCENT = "(9\\d(?:\\.\\d+)?)";
const ABOUT = "(?:uptime|availability|available|sla)";

export const AVAILABILITY_RECOGNISERS: readonly Recogniser[] = [
  {
    concept: "availability",
    // "99.99% uptime", "99.95 percent availability", "99.9%"
    pattern: new RegExp(
      `(?<![\\d.])${PERCENT}(?:\\s*(?:%|percent)(?:\\s+${ABOUT})?|\\s+${ABOUT})(?![\\p{L}\\p{N}])`,
      "giu",
    ),
    read: (match) => percentMeaning(match[1]),
  },
  {
    concept: "availability",
    // "uptime of 99.99%", "an SLA of 99.95", "availability 99.9"
    pattern: new RegExp(
      `${ABOUT}\\s+(?:of\\s+|at\\s+|target\\s+of\\s+)?${PERCENT}(?:\\s*(?:%|percent))?(?![\\d.])`,
      "giu",
    ),
    read: (match) => percentMeaning(match[1]),
  },
  {
    concept: "availability",
    pattern:
      /(?<![\p{L}\p{N}])(three|four|five|[345])(?:\s+and\s+a\s+half)?[\s-]+nines(?![\p{L}\p{N}])/giu,
    read: (match) => {
      const word = match[1]!.toLowerCase();
      const count = NUMBER_WORDS[word] ?? Number(word);
      if (/and\s+a\s+half/i.test(match[0]))
        return count === 3 ? { kind: "availability", target: "99.95" } : undefined;
      const target = NINES[count];
      return target === undefined ? undefined : { kind: "availability", target };
    },
  },
  ...phraseTable("availability", [
    [
      ["highly available", "high availability", "high-availability", "multi-az"],
      { kind: "availability", target: "99.95" },
    ],
  ]),
];
