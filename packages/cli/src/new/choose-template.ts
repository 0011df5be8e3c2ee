import { templateById, type Template } from "@idio-iac/catalog";
import type { Fact, UnusedWords } from "./fact.js";

export interface TemplateChoice {
  readonly template: Template;
  /** The phrases that chose it. */
  readonly because: readonly Fact[];
  /** Application phrases that named another template, which lost. */
  readonly outweighed: readonly UnusedWords[];
}

/**
 * The best-matching template: the most application weight wins (a specific
 * phrase 3, a generic one 2), the earliest mention breaking a tie. With no
 * application phrase, a stack ("a Django app") means a web application.
 * Undefined when the sentence names no application at all.
 */
export function chooseTemplate(facts: readonly Fact[]): TemplateChoice | undefined {
  const totals = new Map<string, { weight: number; first: number; facts: Fact[] }>();
  for (const fact of facts) {
    if (fact.meaning.kind !== "application") continue;
    const total = totals.get(fact.meaning.template) ?? {
      weight: 0,
      first: fact.start,
      facts: [],
    };
    total.weight += fact.meaning.weight;
    total.facts.push(fact);
    totals.set(fact.meaning.template, total);
  }
  const ranked = [...totals.entries()].sort(
    ([, a], [, b]) => b.weight - a.weight || a.first - b.first,
  );
  const best = ranked[0];
  if (best === undefined) {
    const stack = facts.find((fact) => fact.meaning.kind === "stack");
    if (stack === undefined) return undefined;
    return { template: templateById("three-tier-web-app")!, because: [stack], outweighed: [] };
  }
  const [id, total] = best;
  const outweighed = ranked.slice(1).flatMap(([other, lost]) =>
    lost.facts.map((fact) => ({
      words: fact.words,
      start: fact.start,
      end: fact.end,
      reason: `names the ${other} template; ${id} fits the whole sentence better`,
    })),
  );
  return { template: templateById(id)!, because: total.facts, outweighed };
}
