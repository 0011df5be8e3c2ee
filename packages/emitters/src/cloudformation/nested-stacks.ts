import {
  CLOUDFORMATION_LIMITS,
  resourceSizes,
  resourcesBytes,
  templateBytes,
  type CloudFormationLimits,
} from "./limits.js";

type Json = unknown;
type Template = Record<string, unknown>;
type Resource = { Type: string; DependsOn?: string[]; Condition?: string } & Record<
  string,
  unknown
>;

/** A template split into a parent and the nested stacks it creates. */
export interface NestedSplit {
  readonly parent: Template;
  /** In creation order; `name` is the parent's logical id for it (`Part1`, `Part2`, …). */
  readonly children: readonly { readonly name: string; readonly template: Template }[];
}

/**
 * Splits a template over CloudFormation's per-stack limits (resources, size,
 * parameters, outputs) into nested stacks (AWS::CloudFormation::Stack with a
 * local TemplateURL that `aws cloudformation package` uploads). Undefined
 * when it fits in one stack.
 *
 * The split is a pure function of the template: resources go in a
 * topological order whose ties are broken by `groupOf` (the tier) and then
 * the logical id, and the order is cut into consecutive parts at group
 * boundaries where it can be. Each part then needs values only from parts
 * before it, so the nested stacks never form a cycle. A value one part needs
 * from another is an output of the one and a parameter of the other, wired
 * by the parent with `Fn::GetAtt [PartN, Outputs.X]`.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-nested-stacks.html
 */
export function splitIntoNestedStacks(
  template: Template,
  baseName: string,
  groupOf: (logicalId: string) => string,
  limits: CloudFormationLimits = CLOUDFORMATION_LIMITS,
): NestedSplit | undefined {
  const resources = template.Resources as Record<string, Resource>;
  const ids = Object.keys(resources);
  if (ids.length <= limits.resources && templateBytes(template) <= limits.s3Bytes) return undefined;
  const dependencies = new Map(ids.map((id) => [id, resourceNames(resources[id], resources)]));
  // A resource reading more resources than a stack has parameters (at 1,000 tiers the
  // operations dashboard and the backup selection) stays in the parent when nothing reads
  // it: the parent reads the nested stacks' outputs directly, with no parameter.
  const readByOthers = new Set([...dependencies.values()].flatMap((deps) => [...deps]));
  const inParent = new Set(
    ids.filter((id) => dependencies.get(id)!.size > limits.parameters && !readByOthers.has(id)),
  );
  const nestedIds = ids.filter((id) => !inParent.has(id));
  const groups = [...new Set(ids.map(groupOf))].sort();
  const groupRank = new Map(groups.map((group, index) => [group, index]));
  const order = topologicalOrder(nestedIds, dependencies, (id) => groupRank.get(groupOf(id))!);
  // A part's budget leaves room for the parameters and outputs it gains; halving an
  // oversized part until it fits keeps every other cut where it was.
  const sizes = resourceSizes(resources);
  let parts = cut(order, groupOf, limits.resources).flatMap((part) => fitting(part, sizes, limits));
  // A part reading (or read for) more values than a stack has parameters (outputs) is
  // halved, keeping its order, until every part fits; parts that fit stay as they were.
  const cache = new Map<string, CachedRewrite>();
  for (;;) {
    const built = assemble(parts, inParent, template, baseName, limits, cache);
    if (!("overLimit" in built)) return built;
    const over = new Set(built.overLimit);
    if (built.overLimit.some((index) => parts[index]!.length === 1))
      throw new Error(`a resource of ${baseName} alone exceeds the parameter or output limit`);
    parts = parts.flatMap((part, index) => {
      if (!over.has(index)) return [part];
      const middle = Math.ceil(part.length / 2);
      return [part.slice(0, middle), part.slice(middle)];
    });
  }
}

/** The parent and nested templates for these parts, or the parts over the parameter or output limit. */
function assemble(
  parts: readonly string[][],
  inParent: ReadonlySet<string>,
  template: Template,
  baseName: string,
  limits: CloudFormationLimits,
  cache: Map<string, CachedRewrite>,
): NestedSplit | { readonly overLimit: number[] } {
  const resources = template.Resources as Record<string, Resource>;
  const ids = Object.keys(resources);
  const parameters = (template.Parameters ?? {}) as Record<string, Record<string, unknown>>;
  const conditions = (template.Conditions ?? {}) as Record<string, Json>;
  const partOf = new Map<string, number>();
  parts.forEach((part, index) => part.forEach((id) => partOf.set(id, index)));

  const name = (index: number) => `Part${index + 1}`;
  const childOutputs = parts.map(() => new Map<string, Json>());
  const childParameters = parts.map(() => new Map<string, Json>());
  const parentParameterValue = parts.map(() => new Map<string, Json>());
  const childNeeds = parts.map(() => new Set<number>());

  const neededConditions = [new Set<string>(), ...parts.map(() => new Set<string>())];

  /** Records what a rewrite in part `here` needs: outputs, parameters and conditions. */
  const apply = (events: readonly RewriteEvent[], here: number): void => {
    for (const event of events) {
      if ("condition" in event) {
        neededConditions[here + 1]!.add(event.condition);
      } else if ("parameter" in event) {
        if (here === -1) continue;
        childParameters[here]!.set(event.parameter, parameters[event.parameter]!);
        parentParameterValue[here]!.set(event.parameter, { Ref: event.parameter });
      } else {
        const { external: id, attr } = event;
        const there = partOf.get(id)!;
        const key = outputKey(id, attr);
        childOutputs[there]!.set(
          key,
          attr === undefined ? { Ref: id } : { "Fn::GetAtt": [id, attr] },
        );
        if (here === -1) continue;
        childNeeds[here]!.add(there);
        childParameters[here]!.set(key, {
          Type: "String",
          Description: `${attr === undefined ? "Ref" : attr} of ${id}, from nested stack ${name(there)}.`,
        });
        parentParameterValue[here]!.set(key, { "Fn::GetAtt": [name(there), `Outputs.${key}`] });
      }
    }
  };
  const rewrite = (value: Json, here: number): Json => {
    const events: RewriteEvent[] = [];
    const rewritten = rewriteReferences(value, here, partOf, parameters, name, events);
    apply(events, here);
    return rewritten;
  };
  /**
   * A resource's rewrite in a part depends only on which of the resources it reads share
   * its part: a part that was not halved since the last assemble reuses it (replaying
   * what it records with the parts' new numbers).
   */
  const rewriteResource = (id: string, rest: Json, index: number): Json => {
    const cached = cache.get(id);
    if (cached !== undefined && cached.part === parts[index]) {
      apply(cached.events, index);
      return cached.value;
    }
    const events: RewriteEvent[] = [];
    const value = rewriteReferences(rest, index, partOf, parameters, name, events);
    cache.set(id, { part: parts[index]!, value, events });
    apply(events, index);
    return value;
  };

  const children = parts.map((part, index) => {
    const own: Record<string, Json> = {};
    const dependsOnParts = new Set<number>();
    for (const id of part) {
      const { DependsOn, Condition, ...rest } = resources[id]!;
      const local = (DependsOn ?? []).filter((dep) => partOf.get(dep) === index);
      for (const dep of DependsOn ?? [])
        if (partOf.get(dep) !== index) dependsOnParts.add(partOf.get(dep)!);
      if (Condition) neededConditions[index + 1]!.add(Condition);
      own[id] = {
        ...(Condition ? { Condition } : {}),
        ...(rewriteResource(id, rest, index) as Record<string, Json>),
        ...(local.length > 0 ? { DependsOn: local } : {}),
      };
    }
    return { own, dependsOnParts };
  });
  const parentOutputs = rewrite(template.Outputs ?? {}, -1) as Record<string, Json>;
  const parentOwn: Record<string, Json> = {};
  for (const id of ids.filter((id) => inParent.has(id))) {
    const { DependsOn, Condition, ...rest } = resources[id]!;
    if (Condition) neededConditions[0]!.add(Condition);
    const dependsOn = [
      ...new Set((DependsOn ?? []).map((dep) => (partOf.has(dep) ? name(partOf.get(dep)!) : dep))),
    ];
    parentOwn[id] = {
      ...(Condition ? { Condition } : {}),
      ...(rewrite(rest, -1) as Record<string, Json>),
      ...(dependsOn.length > 0 ? { DependsOn: dependsOn } : {}),
    };
  }

  const conditionClosure = (needed: Set<string>) => {
    const result = new Map<string, Json>();
    const add = (condition: string) => {
      if (result.has(condition)) return;
      result.set(condition, conditions[condition]);
      for (const reference of conditionNames(conditions[condition])) add(reference);
    };
    [...needed].forEach(add);
    return result;
  };

  const childTemplates = children.map(({ own }, index) => {
    const used = conditionClosure(neededConditions[index + 1]!);
    for (const definition of used.values())
      for (const parameter of referencedNames(definition)) {
        childParameters[index]!.set(parameter, parameters[parameter]!);
        parentParameterValue[index]!.set(parameter, { Ref: parameter });
      }
    const outputs = [...childOutputs[index]!.entries()].sort(([a], [b]) => a.localeCompare(b));
    const params = [...childParameters[index]!.entries()].sort(([a], [b]) => a.localeCompare(b));
    return {
      AWSTemplateFormatVersion: "2010-09-09",
      Description: `${String(template.Description ?? "")} Nested stack ${name(index)} of ${parts.length}.`,
      ...(params.length > 0 ? { Parameters: Object.fromEntries(params) } : {}),
      ...(used.size > 0 ? { Conditions: sortedObject(used) } : {}),
      Resources: own,
      ...(outputs.length > 0
        ? {
            Outputs: Object.fromEntries(
              outputs.map(([key, value]) => [
                key,
                { Description: `For the other nested stacks.`, Value: value },
              ]),
            ),
          }
        : {}),
    } as Template;
  });

  const parentConditions = conditionClosure(neededConditions[0]!);
  const parent: Template = {
    AWSTemplateFormatVersion: "2010-09-09",
    Description: template.Description,
    ...(template.Parameters ? { Parameters: template.Parameters } : {}),
    ...(parentConditions.size > 0 ? { Conditions: sortedObject(parentConditions) } : {}),
    Resources: {
      ...Object.fromEntries(
        children.map(({ dependsOnParts }, index) => {
          // Values already order the parts (GetAtt); DependsOn says only what values do not.
          const explicit = [...dependsOnParts]
            .filter((part) => !childNeeds[index]!.has(part))
            .sort();
          const passed = [...parentParameterValue[index]!.entries()].sort(([a], [b]) =>
            a.localeCompare(b),
          );
          return [
            name(index),
            {
              Type: "AWS::CloudFormation::Stack",
              ...(explicit.length > 0 ? { DependsOn: explicit.map(name) } : {}),
              Properties: {
                // The YAML file; the emitter points the JSON parent at the JSON one.
                TemplateURL: `${baseName}-${index + 1}.yaml`,
                ...(passed.length > 0 ? { Parameters: Object.fromEntries(passed) } : {}),
              },
            },
          ];
        }),
      ),
      ...parentOwn,
    },
    ...(template.Outputs ? { Outputs: parentOutputs } : {}),
  };
  const overLimit = childTemplates.flatMap((child, index) => {
    const count = (section: string) =>
      Object.keys((child[section] as object | undefined) ?? {}).length;
    return count("Parameters") > limits.parameters || count("Outputs") > limits.outputs
      ? [index]
      : [];
  });
  if (overLimit.length > 0) return { overLimit };
  return {
    parent,
    children: childTemplates.map((t, index) => ({ name: name(index), template: t })),
  };
}

type RewriteEvent =
  | { readonly external: string; readonly attr: string | undefined }
  | { readonly parameter: string }
  | { readonly condition: string };

/** A resource's rewrite in a part, and what it records. */
interface CachedRewrite {
  readonly part: readonly string[];
  readonly value: Json;
  readonly events: readonly RewriteEvent[];
}

/** The name of the output (and parameter) that passes `id`'s `attr` (its Ref) between parts. */
function outputKey(id: string, attr: string | undefined): string {
  return `${id}${(attr ?? "").replace(/[^A-Za-z0-9]/g, "")}`;
}

/**
 * `value`, used in part `here` (-1: the parent), rewritten so it reads other
 * parts' resources through its parameters (the parent: through their outputs);
 * what that needs (outputs of other parts, template parameters, conditions) goes
 * to `events` in the order met.
 */
function rewriteReferences(
  value: Json,
  here: number,
  partOf: ReadonlyMap<string, number>,
  parameters: Record<string, unknown>,
  name: (index: number) => string,
  events: RewriteEvent[],
): Json {
  /** The name `here` reads another part's value by, and the value in the parent. */
  const external = (id: string, attr: string | undefined): [string, Json] => {
    events.push({ external: id, attr });
    const key = outputKey(id, attr);
    if (here === -1) return [key, { "Fn::GetAtt": [name(partOf.get(id)!), `Outputs.${key}`] }];
    return [key, { Ref: key }];
  };
  const templateParameter = (parameter: string) => events.push({ parameter });
  const visit = (item: Json): Json => {
    if (item === null || typeof item !== "object") return item;
    if (Array.isArray(item)) return unlessChangedItems(item, visit);
    const record = item as Record<string, Json>;
    const keys = Object.keys(record);
    if (keys.length === 1 && typeof record.Ref === "string") {
      const target = record.Ref;
      if (parameters[target] !== undefined) templateParameter(target);
      if (partOf.has(target) && partOf.get(target) !== here) return external(target, undefined)[1];
      return item;
    }
    if (keys.length === 1 && Array.isArray(record["Fn::GetAtt"])) {
      const [target, attr] = record["Fn::GetAtt"] as [string, string];
      if (partOf.get(target) !== here) return external(target, attr)[1];
      return item;
    }
    if (keys.length === 1 && record["Fn::Sub"] !== undefined) {
      const sub = record["Fn::Sub"];
      const [text, variables] = (Array.isArray(sub) ? sub : [sub, undefined]) as [
        string,
        Record<string, Json> | undefined,
      ];
      const extra: Record<string, Json> = {};
      const replaced = text.replace(
        /\$\{([A-Za-z0-9]+)(?:\.([A-Za-z0-9.]+))?\}/g,
        (all, id: string, attr: string | undefined) => {
          if (variables?.[id] !== undefined) return all;
          if (parameters[id] !== undefined && attr === undefined) templateParameter(id);
          if (!partOf.has(id) || partOf.get(id) === here) return all;
          const [key, reference] = external(id, attr);
          // The parent has no parameter of that name: a variable of the Fn::Sub holds it.
          if (here === -1) extra[key] = reference;
          return `\${${key}}`;
        },
      );
      const merged = {
        ...(variables ? (visit(variables) as Record<string, Json>) : {}),
        ...extra,
      };
      return { "Fn::Sub": Object.keys(merged).length > 0 ? [replaced, merged] : replaced };
    }
    if (keys.length === 1 && Array.isArray(record["Fn::If"])) {
      const [condition, ...branches] = record["Fn::If"] as [string, ...Json[]];
      events.push({ condition });
      return { "Fn::If": [condition, ...branches.map(visit)] };
    }
    return unlessChanged(record, keys, visit);
  };
  return visit(value);
}

/**
 * Kahn's algorithm; among the resources ready, the lowest (group rank, logical id) goes first.
 * Each resource's place in that (group rank, logical id) order is its priority, and the ready
 * set is a binary heap of priorities, so a template of thousands of resources orders in
 * n log n integer comparisons.
 */
function topologicalOrder(
  ids: readonly string[],
  dependencies: ReadonlyMap<string, ReadonlySet<string>>,
  rank: (id: string) => number,
): string[] {
  const ranks = new Map(ids.map((id) => [id, rank(id)]));
  const byPriority = [...ids].sort(
    (a, b) => ranks.get(a)! - ranks.get(b)! || (a < b ? -1 : a > b ? 1 : 0),
  );
  const priority = new Map(byPriority.map((id, index) => [id, index]));
  const waitingOn = new Int32Array(byPriority.length);
  const dependents: number[][] = byPriority.map(() => []);
  byPriority.forEach((id, index) => {
    const deps = dependencies.get(id) ?? new Set<string>();
    // A dependency outside `ids` is never ready: the resource waits for ever (a cycle).
    waitingOn[index] = deps.size;
    for (const dep of deps) {
      const at = priority.get(dep);
      if (at !== undefined) dependents[at]!.push(index);
    }
  });
  const ready = new MinHeap();
  waitingOn.forEach((count, index) => {
    if (count === 0) ready.push(index);
  });
  const order: string[] = [];
  while (ready.size > 0) {
    const next = ready.pop();
    order.push(byPriority[next]!);
    for (const dependent of dependents[next]!)
      if (--waitingOn[dependent]! === 0) ready.push(dependent);
  }
  if (order.length < ids.length) throw new Error("resources depend on each other in a cycle");
  return order;
}

/** A binary min-heap of integers. */
class MinHeap {
  private readonly items: number[] = [];

  get size(): number {
    return this.items.length;
  }

  push(item: number): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[i]! >= items[parent]!) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): number {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && items[left]! < items[smallest]!) smallest = left;
        if (right < items.length && items[right]! < items[smallest]!) smallest = right;
        if (smallest === i) break;
        [items[i], items[smallest]] = [items[smallest]!, items[i]!];
        i = smallest;
      }
    }
    return top;
  }
}

/** Consecutive parts of at most `max` resources, cut where the group changes when a part is full. */
function cut(order: readonly string[], groupOf: (id: string) => string, max: number): string[][] {
  const runs: string[][] = [];
  for (const id of order) {
    const last = runs.at(-1);
    if (last !== undefined && groupOf(last[0]!) === groupOf(id)) last.push(id);
    else runs.push([id]);
  }
  const parts: string[][] = [];
  let current: string[] = [];
  for (const run of runs) {
    if (current.length + run.length > max && current.length > 0) {
      parts.push(current);
      current = [];
    }
    for (const id of run) {
      if (current.length === max) {
        parts.push(current);
        current = [];
      }
      current.push(id);
    }
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

/** Halves a part (keeping its order) until each half's resources fit the size budget. */
function fitting(
  part: string[],
  sizes: ReadonlyMap<string, number>,
  limits: CloudFormationLimits,
): string[][] {
  // Half the size budget: the part's parameters and outputs come on top of its resources.
  if (resourcesBytes(part, sizes) <= limits.s3Bytes / 2 || part.length === 1) return [part];
  const middle = Math.ceil(part.length / 2);
  return [
    ...fitting(part.slice(0, middle), sizes, limits),
    ...fitting(part.slice(middle), sizes, limits),
  ];
}

/** The other resources a resource names: Ref, Fn::GetAtt, Fn::Sub placeholders and DependsOn. */
function resourceNames(
  resource: Resource | undefined,
  resources: Record<string, unknown>,
): Set<string> {
  const names = new Set<string>();
  for (const name of referencedNames(resource)) if (resources[name] !== undefined) names.add(name);
  for (const dep of resource?.DependsOn ?? []) names.add(dep);
  return names;
}

/** Every logical name a value refers to (Ref, Fn::GetAtt, `${Name}`/`${Name.Attr}` in Fn::Sub). */
function referencedNames(value: Json): Set<string> {
  const names = new Set<string>();
  const visit = (item: Json): void => {
    if (item === null || typeof item !== "object") return;
    if (Array.isArray(item)) {
      for (const element of item) visit(element);
      return;
    }
    const record = item as Record<string, Json>;
    if (typeof record.Ref === "string") names.add(record.Ref);
    const getAtt = record["Fn::GetAtt"];
    if (Array.isArray(getAtt) && typeof getAtt[0] === "string") names.add(getAtt[0]);
    const sub = record["Fn::Sub"];
    const text = Array.isArray(sub) ? sub[0] : sub;
    if (typeof text === "string" && text.includes("${"))
      for (const match of text.matchAll(/\$\{([A-Za-z0-9]+)(?:\.[A-Za-z0-9.]+)?\}/g))
        names.add(match[1]!);
    for (const key of Object.keys(record)) visit(record[key]);
  };
  visit(value);
  return names;
}

/** The conditions a condition definition names (`{ Condition: X }`). */
function conditionNames(value: Json): string[] {
  const names: string[] = [];
  const visit = (item: Json): void => {
    if (Array.isArray(item)) return item.forEach(visit);
    if (item === null || typeof item !== "object") return;
    const record = item as Record<string, Json>;
    if (typeof record.Condition === "string") names.push(record.Condition);
    Object.values(record).forEach(visit);
  };
  visit(value);
  return names;
}

/**
 * `record` with each value visited: the same object when no value changed, so a
 * rewrite copies only the paths to what it rewrote (templates are not mutated later).
 */
function unlessChanged(
  record: Record<string, Json>,
  keys: readonly string[],
  visit: (item: Json) => Json,
): Json {
  let entries: [string, Json][] | undefined;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]!;
    const visited = visit(record[key]);
    if (entries === undefined && visited !== record[key])
      entries = keys.slice(0, index).map((before) => [before, record[before]]);
    entries?.push([key, visited]);
  }
  return entries === undefined ? record : Object.fromEntries(entries);
}

/** `items` visited: the same array when no item changed. */
function unlessChangedItems(items: readonly Json[], visit: (item: Json) => Json): Json {
  let copy: Json[] | undefined;
  for (let index = 0; index < items.length; index++) {
    const visited = visit(items[index]);
    if (copy === undefined && visited !== items[index]) copy = items.slice(0, index);
    copy?.push(visited);
  }
  return copy ?? items;
}

function sortedObject(map: ReadonlyMap<string, Json>): Record<string, Json> {
  return Object.fromEntries([...map.keys()].sort().map((key) => [key, map.get(key)]));
}
