import { distance } from "fastest-levenshtein";

/**
 * The candidate closest to what the user wrote, when it is close enough to be
 * a plausible typo (or differs only in case, underscores or hyphens).
 */
export function closestMatch(written: string, candidates: readonly string[]): string | undefined {
  const normalise = (text: string) => text.toLowerCase().replace(/[-_\s]/g, "");
  const wanted = normalise(written);
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    if (normalise(candidate) === wanted) return candidate;
    const d = distance(written.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // A swap of two letters costs 2, so allow 2 from four letters on.
  const tolerance =
    written.length <= 3 ? 1 : Math.max(2, Math.min(3, Math.floor(written.length / 3)));
  if (bestDistance <= tolerance) return best;
  // An abbreviation ("pci" for "pci-dss") is a plausible slip when only one candidate starts so.
  const starting = candidates.filter(
    (candidate) => wanted.length >= 2 && normalise(candidate).startsWith(wanted),
  );
  return starting.length === 1 ? starting[0] : undefined;
}

/** `Did you mean "x"?` or undefined. */
export function didYouMean(written: string, candidates: readonly string[]): string | undefined {
  const match = closestMatch(written, candidates);
  return match === undefined ? undefined : `Did you mean "${match}"?`;
}
