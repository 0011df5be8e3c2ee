/**
 * What the price mappers ask the book for: every (product, attributes) pair a
 * mapper emits for the compiled every-kind fixtures and the examples (their
 * pinned graph goldens), found by estimating each graph against a book with no
 * prices, so every component comes back unpriced with its product and filter.
 * Drives the coverage test and the script that marks unpriced products.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ResourceGraph } from "@idio-iac/graph";
import { parseIntent } from "@idio-iac/intent-schema";
import { compareText } from "../../money.js";
import { estimateCost } from "../estimate-cost.js";
import type { PriceBook } from "../price-book-types.js";
import { usageFromIntent } from "../usage.js";

const ROOT = fileURLToPath(new URL("../../../../../", import.meta.url));

export interface PriceNeed {
  readonly product: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** Priced once for the world (`global`: CloudFront, Route 53, edge WAF), not per region. */
  readonly global: boolean;
}

const EMPTY_BOOK: PriceBook = {
  schemaVersion: 1,
  currency: "USD",
  retrieved: "1970-01-01",
  description: "no prices: every component comes back unpriced",
  regions: [],
  prices: [],
};

/** Directories holding intent.yaml and golden/graph.json. */
function graphDirs(): string[] {
  const under = (folder: string) =>
    readdirSync(`${ROOT}${folder}`, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${ROOT}${folder}/${entry.name}/`);
  return [...under("fixtures/every-kind"), ...under("examples")]
    .filter((dir) => existsSync(`${dir}golden/graph.json`) && existsSync(`${dir}intent.yaml`))
    .sort();
}

let cached: PriceNeed[] | undefined;

export function mapperPriceNeeds(): readonly PriceNeed[] {
  if (cached) return cached;
  const needs = new Map<string, PriceNeed>();
  for (const dir of graphDirs()) {
    // Examples pin { graph, ... }; the every-kind fixtures pin the graph itself.
    const pinned = JSON.parse(readFileSync(`${dir}golden/graph.json`, "utf8")) as
      ResourceGraph | { graph: ResourceGraph };
    const graph = "graph" in pinned ? pinned.graph : pinned;
    const parsed = parseIntent(readFileSync(`${dir}intent.yaml`, "utf8"), "intent.yaml");
    if (!parsed.intent) continue;
    const estimate = estimateCost(graph, EMPTY_BOOK, usageFromIntent(parsed.intent));
    for (const item of estimate.unpriced) {
      const need = {
        product: item.product,
        attributes: item.attributes,
        global: item.region === "global",
      };
      needs.set(needKey(need), need);
    }
  }
  cached = [...needs.values()].sort((a, b) => compareText(needKey(a), needKey(b)));
  return cached;
}

export function needKey(need: Pick<PriceNeed, "product" | "attributes">): string {
  const attributes = Object.keys(need.attributes)
    .sort()
    .map((name) => `${name}=${need.attributes[name]}`)
    .join(", ");
  return attributes ? `${need.product} {${attributes}}` : need.product;
}
