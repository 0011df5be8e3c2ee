import { pointerSegments } from "../parse/json-pointer.js";

/**
 * A JSON pointer as a person reads it: `/tiers/1/scaling/max` becomes
 * `tiers[1].scaling.max`, or `tier "api" scaling.max` when the tier has a name.
 */
export function describePath(pointer: string, data?: unknown): string {
  const segments = pointerSegments(pointer);
  if (segments.length === 0) return "the document";
  if (segments[0] === "tiers" && segments.length >= 2 && /^\d+$/.test(segments[1]!)) {
    const tier = Array.isArray((data as { tiers?: unknown } | undefined)?.tiers)
      ? ((data as { tiers: unknown[] }).tiers[Number(segments[1])] as
          { name?: unknown } | undefined)
      : undefined;
    const rest = joinSegments(segments.slice(2));
    if (typeof tier?.name === "string" && tier.name !== "") {
      return rest === "" ? `tier "${tier.name}"` : `tier "${tier.name}" ${rest}`;
    }
  }
  return joinSegments(segments);
}

function joinSegments(segments: readonly string[]): string {
  let text = "";
  for (const segment of segments) {
    if (/^\d+$/.test(segment)) text += `[${segment}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(segment))
      text += text === "" ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}
