import { resolveParameters } from "@idio-iac/catalog";
import type { Engine } from "@idio-iac/intent-schema";
import type { TemplateChoice } from "./choose-template.js";
import type { Component, Fact, Meaning, UnusedWords } from "./fact.js";
import { STACKS, type Stack } from "./lexicon/stacks.js";

/** A place in the intent and the phrases that set it (an empty `facts` list: a note only). */
export interface Provenance {
  readonly path: readonly (string | number)[];
  readonly facts: readonly Fact[];
  /** Said next to the quote: how the words became the value, or why a value is a placeholder. */
  readonly note?: string;
}

export interface BuiltIntent {
  readonly document: Record<string, unknown>;
  readonly provenance: readonly Provenance[];
  /** Phrases understood but not applied, each with why. */
  readonly notApplied: readonly UnusedWords[];
}

type Tier = Record<string, unknown> & { name: string; type: string; connectsTo?: string[] };
type Section = Record<string, unknown>;
type KindOf<K extends Meaning["kind"]> = Extract<Meaning, { kind: K }>;

const COMPUTE = ["web", "api", "worker", "function"];
const DATA_TYPE: Readonly<Record<Exclude<Component, "worker" | "assets">, string>> = {
  database: "database",
  cache: "cache",
  nosql: "nosql",
  storage: "storage",
  queue: "queue",
  stream: "stream",
};
const NEW_TIER_NAME: Readonly<Record<Component, string>> = {
  database: "db",
  cache: "cache",
  nosql: "table",
  storage: "files",
  queue: "queue",
  worker: "worker",
  stream: "events",
  assets: "assets",
};

/** Kinds where the sentence gives one value: a second, different one is reported, the first kept. */
const SINGLE = new Set<Meaning["kind"]>([
  "name",
  "environment",
  "availability",
  "budget",
  "rto",
  "rpo",
  "backup-days",
  "stack",
  "traffic",
  "rps",
  "scaling",
  "compute",
  "data-size",
  "domain",
  "email",
]);

/**
 * Applies what the sentence says to the chosen template's intent (rendered
 * at its default parameters), recording for every field it sets the phrases
 * that set it. Fields it does not set keep the template's values.
 */
export function buildIntent(choice: TemplateChoice, facts: readonly Fact[]): BuiltIntent {
  const { values } = resolveParameters(choice.template, []);
  const document = structuredClone(choice.template.render(values!)) as Record<string, unknown>;
  const provenance: Provenance[] = [];
  const notApplied: UnusedWords[] = [];
  const set = (path: (string | number)[], value: unknown, from: readonly Fact[], note?: string) => {
    let target: Record<string | number, unknown> = document;
    for (const key of path.slice(0, -1)) {
      target[key] ??= typeof key === "number" ? [] : {};
      target = target[key] as Record<string | number, unknown>;
    }
    target[path.at(-1)!] = value;
    provenance.push({ path, facts: from, ...(note === undefined ? {} : { note }) });
  };
  const skip = (fact: Fact, reason: string) =>
    notApplied.push({ words: fact.words, start: fact.start, end: fact.end, reason });

  // One value per single-valued kind: the first said wins; a different later one is reported.
  const kept: Fact[] = [];
  const firstOf = new Map<Meaning["kind"], Fact>();
  // A repeat that agrees ("Spring … Java") is quoted next to the first.
  const agreeing = new Map<Fact, Fact[]>();
  for (const fact of facts) {
    if (fact.meaning.kind === "application") continue;
    const first = firstOf.get(fact.meaning.kind);
    if (first !== undefined && SINGLE.has(fact.meaning.kind)) {
      if (JSON.stringify(first.meaning) !== JSON.stringify(fact.meaning))
        skip(fact, `says something else than ${JSON.stringify(first.words)}; the first is kept`);
      else agreeing.set(first, [...(agreeing.get(first) ?? []), fact]);
      continue;
    }
    firstOf.set(fact.meaning.kind, fact);
    kept.push(fact);
  }
  const all = <K extends Meaning["kind"]>(kind: K) =>
    kept.filter((fact): fact is Fact & { meaning: KindOf<K> } => fact.meaning.kind === kind);
  const one = <K extends Meaning["kind"]>(kind: K) => all(kind)[0];

  const tiers = () => document.tiers as Tier[];
  const section = (key: string): Section => {
    document[key] ??= {};
    return document[key] as Section;
  };
  const tierPath = (tier: Tier) => ["tiers", tiers().indexOf(tier)];

  const name = one("name");
  if (name) set(["name"], name.meaning.name, [name]);
  const environment = one("environment");
  if (environment) set(["environment"], environment.meaning.environment, [environment]);
  const availability = one("availability");
  if (availability) {
    const { target, stated } = availability.meaning;
    set(
      ["availability"],
      target,
      [availability],
      stated === undefined
        ? undefined
        : `${stated} is not a target; ${target} is the lowest that meets it`,
    );
  }
  const budget = one("budget");
  if (budget) set(["cost", "monthlyBudgetUsd"], budget.meaning.usd, [budget]);
  const email = one("email");
  if (email) set(["cost", "alertEmails"], [email.meaning.email], [email]);

  // Frameworks add to the template's (compliance only ever tightens).
  for (const fact of all("compliance")) {
    const compliance = (document.compliance ??= []) as string[];
    const index = compliance.indexOf(fact.meaning.framework);
    if (index >= 0) provenance.push({ path: ["compliance", index], facts: [fact] });
    else set(["compliance", compliance.length], fact.meaning.framework, [fact]);
  }

  applyRegions(all("region"), all("multi-region"));
  const rto = one("rto");
  if (rto) set(["disasterRecovery", "rtoMinutes"], rto.meaning.minutes, [rto]);
  const rpo = one("rpo");
  if (rpo) set(["disasterRecovery", "rpoMinutes"], rpo.meaning.minutes, [rpo]);
  const backups = one("backup-days");
  if (backups) set(["disasterRecovery", "backupRetentionDays"], backups.meaning.days, [backups]);

  const stack = one("stack");
  if (stack) applyStack(stack, STACKS[stack.meaning.stack]);
  for (const fact of all("component"))
    applyComponent(fact, fact.meaning.component, fact.meaning.engine);

  const traffic = one("traffic");
  if (traffic) {
    const targets = tiers().filter((tier) => tier.type === "web" || tier.type === "api");
    if (targets.length === 0) skip(traffic, "no web or api tier to shape");
    for (const tier of targets)
      set([...tierPath(tier), "trafficPattern"], traffic.meaning.pattern, [traffic]);
  }
  const entry = () =>
    tiers().find((tier) => tier.type === "web") ??
    tiers().find((tier) => tier.type === "api") ??
    tiers().find((tier) => tier.type === "static-site") ??
    tiers().find((tier) => tier.type === "function");
  const rps = one("rps");
  if (rps) {
    const tier = entry();
    if (tier) set([...tierPath(tier), "expectedRps"], rps.meaning.rps, [rps]);
    else skip(rps, "no tier serves requests");
  }
  const scaling = one("scaling");
  if (scaling) {
    const tier = entry();
    if (
      tier &&
      COMPUTE.includes(tier.type) &&
      tier.compute !== "lambda" &&
      tier.type !== "function"
    )
      set([...tierPath(tier), "scaling"], { min: scaling.meaning.min, max: scaling.meaning.max }, [
        scaling,
      ]);
    else skip(scaling, "no tier runs on instances or tasks here");
  }
  const compute = one("compute");
  if (compute) applyCompute(compute);
  const size = one("data-size");
  if (size) {
    const tier = ["database", "nosql", "storage", "static-site"]
      .map((type) => tiers().find((candidate) => candidate.type === type))
      .find((candidate) => candidate !== undefined);
    if (tier) set([...tierPath(tier), "dataSizeGb"], size.meaning.gb, [size]);
    else skip(size, "no tier holds data");
  }
  const domain = one("domain");
  if (domain) set(["domain"], domain.meaning.domain, [domain]);
  else if (typeof document.domain === "string")
    provenance.push({
      path: ["domain"],
      facts: [],
      note: "the template's placeholder: replace it with your domain",
    });
  const waf = one("waf");
  if (waf) set(["security", "wafEnabled"], true, [waf]);
  const isolation = one("network-isolation");
  if (isolation) set(["security", "networkIsolation"], "vpc-isolated", [isolation]);

  return {
    document,
    provenance: provenance.map((entry) => ({
      ...entry,
      facts: entry.facts.flatMap((fact) => [fact, ...(agreeing.get(fact) ?? [])]),
    })),
    notApplied,
  };

  function applyRegions(
    regions: readonly (Fact & { meaning: KindOf<"region"> })[],
    multi: readonly Fact[],
  ) {
    const recovery = section("disasterRecovery");
    const [primary, ...others] = regions;
    if (primary) {
      set(["region"], primary.meaning.region, [primary]);
      // The template's DR region was chosen for its own region; the partner default follows the new one.
      if (recovery.drRegion !== undefined) delete recovery.drRegion;
    }
    const second = others.find((fact) => fact.meaning.region !== primary?.meaning.region);
    for (const fact of others) {
      if (fact === second) continue;
      skip(
        fact,
        fact.meaning.region === primary?.meaning.region
          ? "names the primary region again"
          : "IDIO plans one primary and one disaster-recovery region",
      );
    }
    if (second) set(["disasterRecovery", "drRegion"], second.meaning.region, [second]);
    const replication = [...multi, ...(second ? [second] : [])];
    if (replication.length > 0)
      set(["disasterRecovery", "crossRegionReplication"], true, replication);
  }

  function applyStack(fact: Fact, stack: Stack) {
    const code = tiers().filter((tier) => COMPUTE.includes(tier.type));
    if (code.length === 0) return skip(fact, `${choice.template.id} runs no code of its own`);
    for (const tier of code) {
      const onLambda = tier.type === "function" || tier.compute === "lambda";
      if (onLambda && stack.runtime !== undefined) {
        set([...tierPath(tier), "runtime"], stack.runtime, [fact]);
      } else if (onLambda && tier.type !== "function") {
        delete tier.runtime;
        set(
          [...tierPath(tier), "compute"],
          "fargate",
          [fact],
          `Lambda has no managed runtime for ${stack.title}: containers`,
        );
        set([...tierPath(tier), "port"], stack.port, [fact]);
      } else if (!onLambda && (tier.type === "web" || tier.type === "api")) {
        set([...tierPath(tier), "port"], stack.port, [fact]);
      }
    }
    if (stack.database !== undefined && !tiers().some((tier) => tier.type === "database"))
      addDataTier(fact, "database", stack.database);
  }

  function applyComponent(fact: Fact, component: Component, engine: Engine | undefined) {
    if (component === "worker") return applyWorker(fact);
    if (component === "assets") {
      const existing = tiers().find((tier) => tier.type === "static-site");
      if (existing) return provenance.push({ path: tierPath(existing), facts: [fact] });
      return addTier(fact, { name: uniqueName("assets"), type: "static-site" });
    }
    const type = DATA_TYPE[component];
    const existing = tiers().find((tier) => tier.type === type);
    if (existing === undefined) return addDataTier(fact, component, engine);
    if (engine !== undefined && existing.engine !== engine)
      set([...tierPath(existing), "engine"], engine, [fact]);
    else provenance.push({ path: tierPath(existing), facts: [fact] });
  }

  function applyWorker(fact: Fact) {
    const queues = tiers().filter((tier) => tier.type === "queue");
    const consumer = tiers().find(
      (tier) =>
        tier.type === "worker" ||
        (tier.type === "function" &&
          (tier.connectsTo ?? []).some((to) => queues.some((q) => q.name === to))),
    );
    if (consumer) return provenance.push({ path: tierPath(consumer), facts: [fact] });
    let queue = queues[0];
    if (queue === undefined) {
      if (!addDataTier(fact, "queue", "sqs")) return;
      queue = tiers().find((tier) => tier.type === "queue")!;
    }
    const database = tiers().find((tier) => tier.type === "database" || tier.type === "nosql");
    addTier(fact, {
      name: uniqueName("worker"),
      type: "worker",
      trafficPattern: "spiky",
      connectsTo: [queue.name, ...(database ? [database.name] : [])],
    });
  }

  /** Adds a data tier and connects the tier that runs the application's code to it. */
  function addDataTier(
    fact: Fact,
    component: Exclude<Component, "worker" | "assets">,
    engine?: Engine,
  ): boolean {
    const caller = appTier();
    if (caller === undefined) {
      skip(fact, `${choice.template.id} has no tier that runs code to use a ${component}`);
      return false;
    }
    const tier: Tier = {
      name: uniqueName(NEW_TIER_NAME[component]),
      type: DATA_TYPE[component],
      ...(engine === undefined ? {} : { engine }),
    };
    addTier(fact, tier);
    const connects = [...(caller.connectsTo ?? [])];
    set([...tierPath(caller), "connectsTo", connects.length], tier.name, [fact]);
    return true;
  }

  function addTier(fact: Fact, tier: Tier) {
    set(["tiers", tiers().length], tier, [fact]);
  }

  /** The tier whose code reaches the data: an api that already does, else the first api, web or function. */
  function appTier(): Tier | undefined {
    const dataTypes = Object.values(DATA_TYPE);
    const reachesData = (tier: Tier) =>
      (tier.connectsTo ?? []).some((to) =>
        tiers().some((other) => other.name === to && dataTypes.includes(other.type)),
      );
    return (
      tiers().find((tier) => tier.type === "api" && reachesData(tier)) ??
      tiers().find((tier) => tier.type === "api") ??
      tiers().find((tier) => tier.type === "web") ??
      tiers().find((tier) => tier.type === "function") ??
      tiers().find((tier) => tier.type === "worker")
    );
  }

  function applyCompute(fact: Fact & { meaning: KindOf<"compute"> }) {
    const targets = tiers().filter((tier) => ["web", "api", "worker"].includes(tier.type));
    if (targets.length === 0) return skip(fact, "no web, api or worker tier to run");
    for (const tier of targets) {
      if (fact.meaning.compute === "lambda" && tier.type === "worker") continue;
      if (fact.meaning.compute !== "lambda") delete tier.runtime;
      set([...tierPath(tier), "compute"], fact.meaning.compute, [fact]);
    }
  }

  function uniqueName(base: string): string {
    const names = new Set(tiers().map((tier) => tier.name));
    let name = base;
    for (let suffix = 2; names.has(name); suffix++) name = `${base}-${suffix}`;
    return name;
  }
}
