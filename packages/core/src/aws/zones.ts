import { regionInfo } from "./regions.js";

/**
 * AZ letters differ from a-b-c in a few regions for accounts created today
 * (EC2 User Guide, "Availability Zones"): Tokyo has no `b`, Canada Central
 * has no `c`, N. California offers `a` and `c`.
 */
const ZONE_LETTERS: Readonly<Record<string, string>> = {
  "ap-northeast-1": "acd",
  "ca-central-1": "abd",
  "us-west-1": "ac",
};
const DEFAULT_ZONE_LETTERS = "abcdef";

/** The zone letters a new account can use in `region`, in order. */
export function zoneLetters(region: string): string {
  return ZONE_LETTERS[region] ?? DEFAULT_ZONE_LETTERS;
}

/** The first `count` zone names of `region`, e.g. `["eu-west-1a", "eu-west-1b"]`. */
export function zoneNames(region: string, count: number): string[] {
  return [...zoneLetters(region).slice(0, count)].map((letter) => `${region}${letter}`);
}

/** How many zones IDIO can spread across in `region` (at least the letters it knows; 2 for an unknown region). */
export function usableZoneCount(region: string): number {
  return Math.min(regionInfo(region)?.availabilityZones ?? 2, zoneLetters(region).length);
}

/** The letter of a zone name: `eu-west-1b` → `b`. */
export function zoneLetter(zone: string): string {
  return zone.slice(-1);
}
