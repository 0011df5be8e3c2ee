/**
 * Per-kind cost golden files (pricing/golden/<kind>.json): what one node of
 * each kind costs in the compiled every-kind fixture (fixtures/every-kind,
 * graphs pinned by the compiler's every-kind test) under the fixture intent's
 * usage and the embedded price book; a free kind records its reason.
 * IDIO_UPDATE_GOLDEN=1 rewrites them (the same flag as every other golden).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { KIND_NAMES, type Kind, type ResourceGraph } from "@idio-iac/graph";
import { parseIntent } from "@idio-iac/intent-schema";
import { describe, expect, it } from "vitest";
import { EMBEDDED_PRICE_BOOK } from "../embedded-price-book.js";
import { estimateCost } from "../estimate-cost.js";
import { isPriced } from "../mapper-types.js";
import { usageFromIntent } from "../usage.js";
import { PRICE_MAPPERS } from "./index.js";

const FIXTURES = fileURLToPath(new URL("../../../../../fixtures/every-kind/", import.meta.url));
const GOLDEN = fileURLToPath(new URL("../golden/", import.meta.url));
const UPDATE = process.env.IDIO_UPDATE_GOLDEN === "1";

const fixtures = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
  .map((name) => {
    const graph = JSON.parse(
      readFileSync(`${FIXTURES}${name}/golden/graph.json`, "utf8"),
    ) as ResourceGraph;
    const parsed = parseIntent(readFileSync(`${FIXTURES}${name}/intent.yaml`, "utf8"), name);
    const estimate = estimateCost(graph, EMBEDDED_PRICE_BOOK, usageFromIntent(parsed.intent!));
    return { name, graph, estimate };
  });

const charged = (fixture: (typeof fixtures)[number], id: string) =>
  fixture.estimate.lineItems.some((item) => item.resource === id) ||
  fixture.estimate.unpriced.some((item) => item.resource === id);

/**
 * The sample node of a kind: preferably charged (a gateway endpoint or an idle
 * dead-letter queue costs nothing), preferably in the primary region; fixtures
 * in name order, nodes in id order.
 */
function sample(kind: Kind) {
  for (const wantCharged of [true, false])
    for (const primaryOnly of [true, false])
      for (const fixture of fixtures)
        for (const node of fixture.graph.nodes)
          if (
            node.kind === kind &&
            (!primaryOnly || node.region === "primary") &&
            (!wantCharged || charged(fixture, node.id))
          )
            return { fixture, id: node.id };
  throw new Error(`no fixture node of kind ${kind}`);
}

function check(file: string, value: unknown): void {
  const actual = `${JSON.stringify(value, null, 2)}\n`;
  if (UPDATE) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(`${GOLDEN}${file}`, actual);
  }
  expect(actual, `pricing/golden/${file} is stale: rerun with IDIO_UPDATE_GOLDEN=1`).toBe(
    readFileSync(`${GOLDEN}${file}`, "utf8"),
  );
}

describe("per-kind cost golden files", () => {
  it("hold exactly one file per kind", () => {
    if (!UPDATE)
      expect(readdirSync(GOLDEN).sort()).toEqual(KIND_NAMES.map((kind) => `${kind}.json`).sort());
  });

  it.each(KIND_NAMES)("%s", (kind) => {
    const { fixture, id } = sample(kind);
    const entry = PRICE_MAPPERS[kind];
    const lineItems = fixture.estimate.lineItems.filter((item) => item.resource === id);
    const unpriced = fixture.estimate.unpriced.filter((item) => item.resource === id);
    if (!isPriced(entry)) expect([...lineItems, ...unpriced]).toEqual([]);
    check(`${kind}.json`, {
      fixture: fixture.name,
      node: id,
      ...(isPriced(entry) ? { lineItems, unpriced } : { notPriced: entry.notPriced }),
    });
  });
});
