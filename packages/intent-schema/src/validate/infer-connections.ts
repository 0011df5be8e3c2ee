import { looseTiers, type LooseRecord, type LooseTier } from "./loose.js";

/** Tier types that hold data a caller reads or writes. */
const DATA_TYPES = new Set(["database", "cache", "nosql", "storage"]);
/** Tier types that carry messages between producers and consumers. */
const MESSAGE_TYPES = new Set(["queue", "stream"]);

/** The edges the inference rule adds, as `from -> to` tier names, in document order. */
export type InferredEdge = readonly [from: string, to: string];

/**
 * The obvious wiring, for an intent that states none (docs/compiler.md,
 * "Inference"). It runs only when `connections` is not `explicit` and no tier
 * has a `connectsTo` key at all: one `connectsTo` anywhere, even `[]`, means
 * the author states the wiring and nothing is inferred. Then it fills
 * `connectsTo` on every web, api, worker and function tier and sets
 * `connections: inferred`, so the resolved intent (`idio validate
 * --resolved`) shows every assumed edge and the compiler can say it assumed
 * them (IDIO424); when nothing is inferred `connections` stays absent. Runs after tier names are defaulted and before the schema
 * defaults `connectsTo` to `[]`.
 *
 * - web -> every api tier; with no api tier, web takes the api's role;
 * - api -> every database, cache, nosql and storage tier, and every queue and stream (it produces);
 * - worker and function -> every queue and stream (they consume) and every data tier.
 *
 * static-site tiers get no edges (a browser calls the API, not the bucket).
 */
export function inferConnections(document: LooseRecord): InferredEdge[] {
  if (document.connections === "explicit") return [];
  const tiers = looseTiers(document).filter(
    (t): t is LooseTier & { name: string; type: string } =>
      t.name !== undefined && t.type !== undefined,
  );
  if (tiers.length === 0) return [];
  const stated = looseTiers(document).some(({ tier }) => "connectsTo" in tier);
  if (stated) {
    // `connections: inferred` beside written edges is the resolved form read back: keep them.
    return [];
  }
  const named = (types: ReadonlySet<string>) =>
    tiers.filter((t) => types.has(t.type)).map((t) => t.name);
  const apis = named(new Set(["api"]));
  const dataAndMessages = [...named(DATA_TYPES), ...named(MESSAGE_TYPES)];
  const edges: InferredEdge[] = [];
  for (const t of tiers) {
    let targets: string[] = [];
    if (t.type === "web") targets = apis.length > 0 ? apis : dataAndMessages;
    else if (t.type === "api" || t.type === "worker" || t.type === "function")
      targets = dataAndMessages;
    targets = [...new Set(targets)].filter((name) => name !== t.name);
    if (targets.length === 0) continue;
    t.tier.connectsTo = targets;
    for (const target of targets) edges.push([t.name, target]);
  }
  if (edges.length > 0) document.connections = "inferred";
  return edges;
}
