import type { GraphNode, Kind, ResourceGraph } from "@idio-iac/graph";
import { diagnostic, type Diagnostic } from "@idio-iac/core";
import { compareText, lineCostMicros, microsToUsd, roundQuantity } from "../money.js";
import {
  SHARED_TIER,
  type CostEstimate,
  type CostLineItem,
  type CostTotal,
  type UnpricedComponent,
} from "./cost-estimate.js";
import { CostCode } from "./cost-codes.js";
import { createMapperContext } from "./graph-context.js";
import {
  isPriced,
  type AssumptionInput,
  type CostComponent,
  type NotPriced,
  type PriceMapper,
} from "./mapper-types.js";
import { PRICE_MAPPERS } from "./mappers/index.js";
import type { PriceBook, PriceSource } from "./price-book-types.js";
import { priceIndex } from "./price-index.js";
import { serviceOf } from "./services.js";
import {
  applyUsageOverrides,
  usageAssumptions,
  type Usage,
  type UsageAssumption,
} from "./usage.js";

export interface EstimateOptions {
  /** Position of each tier in the intent, for JSON pointers in assumptions. */
  readonly tierIndex?: ReadonlyMap<string, number>;
  /** The intent file name, for diagnostics. */
  readonly file?: string;
  /**
   * Explicit values for assumption keys (as listed with an estimate): usage
   * keys (`tiers.api.requestsPerMonth`) and mapper defaults (`lambda.averageDurationMs.api`).
   */
  readonly overrides?: Readonly<Record<string, number>>;
}

export const REFRESH_HINT = (regions: readonly string[]): string =>
  `Run \`idio prices refresh --regions ${regions.join(",")} --out prices.json\` with AWS credentials and pass \`--price-book prices.json\`.`;

function sourceLabel(source: PriceSource): string {
  return source.kind === "price-list-api"
    ? `price-list-api:${source.serviceCode}/${source.sku}`
    : source.url;
}

function totals(
  items: readonly CostLineItem[],
  keyOf: (item: CostLineItem) => string,
): CostTotal[] {
  const sums = new Map<string, number>();
  for (const item of items)
    sums.set(keyOf(item), (sums.get(keyOf(item)) ?? 0) + item.monthlyMicros);
  return [...sums.entries()]
    .map(([name, micros]) => ({ name, monthlyMicros: micros, monthlyUsd: microsToUsd(micros) }))
    .sort((a, b) => b.monthlyMicros - a.monthlyMicros || compareText(a.name, b.name));
}

/**
 * Prices every node of a graph against a price book under the given usage.
 * Pure: same inputs, same estimate. Missing prices never fail the estimate:
 * they are listed in `unpriced` with a warning that says how to fetch them.
 */
export function estimateCost(
  graph: ResourceGraph,
  book: PriceBook,
  baseUsage: Usage,
  options: EstimateOptions = {},
): CostEstimate {
  const index = priceIndex(book);
  const overrides = options.overrides ?? {};
  const applied = applyUsageOverrides(baseUsage, overrides);
  const usage = applied.usage;
  const used = new Set<string>(applied.used);
  const recorded = new Map<string, AssumptionInput & { overridden: boolean }>();
  const context = createMapperContext(graph, usage, (assumption) => {
    if (recorded.has(assumption.key)) return recorded.get(assumption.key)!.value;
    const override = overrides[assumption.key];
    if (override !== undefined) used.add(assumption.key);
    const value = override ?? assumption.value;
    recorded.set(assumption.key, { ...assumption, value, overridden: override !== undefined });
    return value;
  });

  const lineItems: CostLineItem[] = [];
  const unpriced: UnpricedComponent[] = [];
  for (const node of graph.nodes) {
    const mapper = PRICE_MAPPERS[node.kind] as PriceMapper<Kind> | NotPriced;
    if (!isPriced(mapper)) continue;
    const components: CostComponent[] = mapper.components(node as GraphNode<Kind>, context);
    for (const component of components) {
      const region = component.region ?? context.regionOf(node);
      const attributes = component.attributes ?? {};
      const price = index.find({ product: component.product, region, attributes });
      if (!price) {
        const mark = index.unpricedMark(region, component.product);
        unpriced.push({
          resource: node.id,
          component: component.component,
          product: component.product,
          region,
          attributes,
          ...(mark ? { reason: mark.reason } : {}),
        });
        continue;
      }
      const quantity = roundQuantity(component.quantity);
      const micros = lineCostMicros(quantity, price.usd);
      lineItems.push({
        resource: node.id,
        kind: node.kind,
        tier: node.tier,
        service: serviceOf(component.product),
        region,
        component: component.component,
        unit: price.unit,
        quantity,
        unitPriceUsd: price.usd,
        monthlyMicros: micros,
        monthlyUsd: microsToUsd(micros),
        priceSource: sourceLabel(price.source),
        ...(component.baselineShare === undefined
          ? {}
          : { baselineShare: roundQuantity(component.baselineShare) }),
        ...(component.commitment ? { commitment: component.commitment } : {}),
      });
    }
  }
  lineItems.sort(
    (a, b) =>
      b.monthlyMicros - a.monthlyMicros ||
      compareText(a.resource, b.resource) ||
      compareText(a.component, b.component),
  );
  const monthlyMicros = lineItems.reduce((sum, item) => sum + item.monthlyMicros, 0);

  const tierIndex = options.tierIndex ?? new Map<string, number>();
  const assumptions: UsageAssumption[] = [
    ...usageAssumptions(usage, tierIndex),
    ...[...recorded.values()]
      .sort((a, b) => compareText(a.key, b.key))
      .map(({ overridden, ...assumption }) =>
        overridden
          ? {
              ...assumption,
              source: "override" as const,
              description: `Set with --assume instead of the default: ${assumption.description}`,
            }
          : { ...assumption, source: "default" as const },
      ),
  ];

  return {
    currency: "USD",
    region: graph.region,
    ...(graph.drRegion ? { drRegion: graph.drRegion } : {}),
    pricesAsOf: book.retrieved,
    monthlyMicros,
    monthlyUsd: microsToUsd(monthlyMicros),
    byTier: totals(lineItems, (item) => item.tier ?? SHARED_TIER),
    byService: totals(lineItems, (item) => item.service),
    lineItems,
    assumptions,
    unpriced,
    diagnostics: [
      ...unpricedDiagnostics(unpriced, book, options.file ?? "<intent>", graph),
      ...unusedOverrides(
        overrides,
        used,
        [...recorded.keys(), ...assumptions.map((a) => a.key)],
        options.file ?? "<intent>",
      ),
    ],
  };
}

function unpricedDiagnostics(
  unpriced: readonly UnpricedComponent[],
  book: PriceBook,
  file: string,
  graph: ResourceGraph,
): Diagnostic[] {
  if (unpriced.length === 0) return [];
  const index = priceIndex(book);
  const missingRegions = [...new Set(unpriced.map((item) => item.region))]
    .filter((region) => !index.covers(region))
    .sort();
  const diagnostics: Diagnostic[] = [];
  for (const region of missingRegions) {
    const count = unpriced.filter((item) => item.region === region).length;
    const reason = unpriced.find((item) => item.region === region && item.reason)?.reason;
    diagnostics.push(
      diagnostic(CostCode.RegionNotInPriceBook, {
        message: `The embedded price book has no prices for ${region}${reason ? ` (marked unpriced: ${reason})` : ""}; ${count} cost components there are left out of the estimate.`,
        file,
        path: regionPointer(graph, region),
        hint: `Embedded regions: ${book.regions.join(", ")}. ${REFRESH_HINT([region])}`,
      }),
    );
  }
  const other = unpriced.filter((item) => index.covers(item.region));
  if (other.length > 0) {
    const names = [
      ...new Set(
        other.map(
          (item) =>
            `${item.product}${
              Object.keys(item.attributes).length
                ? ` {${Object.entries(item.attributes)
                    .map(([key, value]) => `${key}=${value}`)
                    .join(", ")}}`
                : ""
            } in ${item.region}`,
        ),
      ),
    ].sort();
    const marked = [
      ...new Set(other.flatMap((item) => (item.reason ? [`${item.region}: ${item.reason}`] : []))),
    ].sort();
    diagnostics.push(
      diagnostic(CostCode.ComponentNotPriced, {
        message: `No price for ${names.length} component type(s), left out of the estimate: ${names.slice(0, 5).join("; ")}${names.length > 5 ? "; ..." : ""}.${marked.length > 0 ? ` The price book marks them unpriced (${marked.join("; ")}).` : ""}`,
        file,
        hint: REFRESH_HINT([...new Set(other.map((item) => item.region))].sort()),
      }),
    );
  }
  return diagnostics;
}

/** Where the intent names a region: the primary, the DR region, or one of the serving regions. */
function regionPointer(graph: ResourceGraph, region: string): string {
  if (region === graph.drRegion) return "/disasterRecovery/drRegion";
  const serving = graph.regions?.indexOf(region) ?? -1;
  return serving >= 0 ? `/regions/${serving}` : "/region";
}

function unusedOverrides(
  overrides: Readonly<Record<string, number>>,
  used: ReadonlySet<string>,
  known: readonly string[],
  file: string,
): Diagnostic[] {
  return Object.keys(overrides)
    .filter((key) => !used.has(key))
    .sort()
    .map((key) =>
      diagnostic(CostCode.UnusedAssumption, {
        message: `The assumption ${JSON.stringify(key)} is not used by this plan; its value was ignored.`,
        file,
        hint: `Assumption keys this plan uses: ${[...new Set(known)].sort().join(", ")}.`,
      }),
    );
}
