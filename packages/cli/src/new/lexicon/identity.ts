import type { Recogniser } from "./recogniser.js";

/**
 * Names the sentence gives outright: the application's name ("called shop",
 * "named acme-store"), its domain ("at shop.example.com") and who gets the
 * budget and alarm mail ("alerts to ops@example.com").
 */
export const IDENTITY_RECOGNISERS: readonly Recogniser[] = [
  {
    concept: "name",
    pattern: /(?:called|named)\s+["'“]?([a-z][a-z0-9-]{1,30}[a-z0-9])["'”]?(?![\p{L}\p{N}.-])/giu,
    read: (match) => {
      const name = match[1]!.toLowerCase();
      return name.includes("--") ? undefined : { kind: "name", name };
    },
  },
  {
    concept: "email",
    pattern:
      /(?:(?:alerts?|notifications?|emails?)\s+(?:go\s+)?to\s+)?(?<![\p{L}\p{N}.+_-])[a-z0-9._%+-]+@(?:[a-z0-9-]+\.)+[a-z]{2,63}(?![\p{L}\p{N}-])/giu,
    read: (match) => ({ kind: "email", email: match[0].replace(/^.*\s/, "").toLowerCase() }),
  },
  {
    concept: "domain",
    pattern:
      /(?<![\p{L}\p{N}@.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}(?![\p{L}\p{N}-])/giu,
    priority: -1,
    read: (match) => ({ kind: "domain", domain: match[0].toLowerCase() }),
  },
];
