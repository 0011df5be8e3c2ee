import type { Meaning } from "../fact.js";
import { parseNumber, type Recogniser } from "./recogniser.js";

/**
 * Monthly budgets in US dollars: "$10K/month", "$10,000 a month", "40k a
 * month", "150 dollars", "a budget of 2000", "$120k a year" (a twelfth of it).
 * A sum with no period is taken as monthly, the unit of `cost.monthlyBudgetUsd`.
 */
const AMOUNT = "(\\d[\\d,]*(?:\\.\\d+)?)\\s*([km]\\b)?";
const PERIOD =
  "(?:\\s*(?:\\/|per|a|an|each|every)\\s*(month|mo|year|yr|annum)\\b|\\s+(monthly|yearly|annually)\\b)?";
const CURRENCY_WORDS = "(?:dollars|dollar|usd|bucks)\\b";

function budget(match: RegExpExecArray, offset = 0): Meaning | undefined {
  const amount = parseNumber(match[1 + offset]);
  if (amount === undefined) return undefined;
  const scale = { k: 1_000, m: 1_000_000 }[(match[2 + offset] ?? "").toLowerCase()] ?? 1;
  const period = (match[3 + offset] ?? match[4 + offset] ?? "month").toLowerCase();
  const yearly = ["year", "yr", "annum", "yearly", "annually"].includes(period);
  const usd = Math.round(((amount * scale) / (yearly ? 12 : 1)) * 100) / 100;
  if (usd < 0.01 || usd > 100_000_000) return undefined;
  return { kind: "budget", usd };
}

export const BUDGET_RECOGNISERS: readonly Recogniser[] = [
  {
    concept: "budget",
    // "$10K/month", "$ 200 per month", "$150"
    pattern: new RegExp(`\\$\\s?${AMOUNT}(?:\\s*${CURRENCY_WORDS})?${PERIOD}`, "giu"),
    read: (match) => budget(match),
  },
  {
    concept: "budget",
    // "150 dollars", "2k usd a month"
    pattern: new RegExp(`(?<![\\p{L}\\p{N}.,])${AMOUNT}\\s*${CURRENCY_WORDS}${PERIOD}`, "giu"),
    read: (match) => budget(match),
  },
  {
    concept: "budget",
    // "40k a month", "500 per month": a sum with a period but no currency
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}.,$])${AMOUNT}\\s*(?:\\/|per|a|an|each|every)\\s*(month|mo|year|yr|annum)\\b()`,
      "giu",
    ),
    read: (match) => budget(match),
  },
  {
    concept: "budget",
    // "a budget of 2000", "budget under $3k"
    pattern: new RegExp(
      `budget(?:\\s+(?:of|is|under|around|about|below|up\\s+to))?\\s*:?\\s*\\$?\\s?${AMOUNT}${PERIOD}`,
      "giu",
    ),
    priority: -1,
    read: (match) => budget(match),
  },
];
