import { describe, expect, it } from "vitest";
import { compiledExamples } from "../test-support/compiled-examples.js";
import { nestedStackGroups, synthesizeCloudFormation } from "./emit-cloudformation.js";
import { CLOUDFORMATION_LIMITS } from "./limits.js";
import { splitIntoNestedStacks, type NestedSplit } from "./nested-stacks.js";

type Json = unknown;
type Template = Record<string, Json>;

const example = compiledExamples().find((e) => e.name === "global-ecommerce")!;
const primary = synthesizeCloudFormation(example.graph).stacks.find((s) => s.stack === "primary")!;
const template = primary.template;
const resourceCount = Object.keys(template.Resources as object).length;
const groups = nestedStackGroups(example.graph);
const groupOf = (id: string) => groups.get(id) ?? "";
const small = { ...CLOUDFORMATION_LIMITS, resources: 40 };

/**
 * The template the split stands for: every parameter of a part replaced by
 * what the parent passes it, every `Outputs.X` of a part by that output's value.
 */
function flatten(split: NestedSplit): Template {
  const children = new Map(split.children.map((c) => [c.name, c.template]));
  const parentResources = split.parent.Resources as Record<
    string,
    { Properties: { Parameters?: Record<string, Json> } }
  >;
  const outputOf = (getAtt: [string, string]): Json => {
    const outputs = children.get(getAtt[0])!.Outputs as Record<string, { Value: Json }>;
    return outputs[getAtt[1].replace(/^Outputs\./, "")]!.Value;
  };
  const asSubPlaceholder = (value: Json): string => {
    const record = value as { Ref?: string; "Fn::GetAtt"?: [string, string] };
    return record.Ref ?? record["Fn::GetAtt"]!.join(".");
  };
  const inline = (value: Json, passed: Record<string, Json>): Json => {
    if (Array.isArray(value)) return value.map((item) => inline(item, passed));
    if (value === null || typeof value !== "object") return value;
    const record = value as Record<string, Json>;
    if (typeof record.Ref === "string" && passed[record.Ref] !== undefined) {
      const given = passed[record.Ref] as { "Fn::GetAtt"?: [string, string] };
      return given["Fn::GetAtt"] ? outputOf(given["Fn::GetAtt"]) : given;
    }
    if (Array.isArray(record["Fn::GetAtt"]) && children.has(record["Fn::GetAtt"][0] as string))
      return outputOf(record["Fn::GetAtt"] as [string, string]);
    if (record["Fn::Sub"] !== undefined) {
      const sub = record["Fn::Sub"];
      const [text, variables] = (Array.isArray(sub) ? sub : [sub, {}]) as [
        string,
        Record<string, Json>,
      ];
      const remaining: Record<string, Json> = {};
      const isPart = (item: Json) =>
        children.has((item as { "Fn::GetAtt"?: [string] } | undefined)?.["Fn::GetAtt"]?.[0] ?? "");
      const resolved = text.replace(/\$\{([A-Za-z0-9]+)\}/g, (all, name: string) => {
        const given = (isPart(variables[name]) ? variables[name] : passed[name]) as
          { "Fn::GetAtt"?: [string, string]; Ref?: string } | undefined;
        if (given === undefined) return all;
        if (given.Ref !== undefined) return `\${${given.Ref}}`;
        return `\${${asSubPlaceholder(outputOf(given["Fn::GetAtt"]!))}}`;
      });
      for (const [key, item] of Object.entries(variables))
        if (!isPart(item)) remaining[key] = inline(item, passed);
      return { "Fn::Sub": Object.keys(remaining).length > 0 ? [resolved, remaining] : resolved };
    }
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, inline(v, passed)]));
  };
  const resources: Record<string, Json> = {};
  for (const child of split.children) {
    const passed = parentResources[child.name]!.Properties.Parameters ?? {};
    for (const [id, resource] of Object.entries(child.template.Resources as object)) {
      const { DependsOn: _ignored, ...rest } = resource as Record<string, Json>;
      resources[id] = inline(rest, passed);
    }
  }
  return { Resources: resources, Outputs: inline(split.parent.Outputs, {}) };
}

const withoutDependsOn = (resources: Record<string, Record<string, Json>>) =>
  Object.fromEntries(
    Object.entries(resources).map(([id, { DependsOn: _ignored, ...rest }]) => [id, rest]),
  );

describe("nested stacks", () => {
  it("a template within the limits is not split", () => {
    expect(resourceCount).toBeLessThan(CLOUDFORMATION_LIMITS.resources);
    expect(splitIntoNestedStacks(template, "template", groupOf)).toBeUndefined();
  });

  const split = splitIntoNestedStacks(template, "template", groupOf, small)!;

  it("past the resource limit, parts of at most the limit, every resource in exactly one", () => {
    const parts = split.children.map((c) => Object.keys(c.template.Resources as object));
    expect(parts.length).toBeGreaterThanOrEqual(Math.ceil(resourceCount / 40));
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(40);
    expect(parts.flat().sort()).toEqual(Object.keys(template.Resources as object).sort());
    expect(Object.values(split.parent.Resources as object).map((r) => r.Type)).toEqual(
      split.children.map(() => "AWS::CloudFormation::Stack"),
    );
    expect(
      Object.values(
        split.parent.Resources as Record<string, { Properties: { TemplateURL: string } }>,
      ).map((r) => r.Properties.TemplateURL),
    ).toEqual(split.children.map((_, i) => `template-${i + 1}.yaml`));
  });

  it("the parts together are the original template (values passed through parameters and outputs)", () => {
    const flat = flatten(split);
    expect(flat.Resources).toEqual(
      withoutDependsOn(template.Resources as Record<string, Record<string, Json>>),
    );
    expect(flat.Outputs).toEqual(template.Outputs);
    expect(split.parent.Parameters).toEqual(template.Parameters);
  });

  it("a part needs values only from parts before it: the nested stacks form no cycle", () => {
    const parent = split.parent.Resources as Record<
      string,
      { DependsOn?: string[]; Properties: { Parameters?: Record<string, Json> } }
    >;
    split.children.forEach((child, index) => {
      const needs = [
        ...JSON.stringify(parent[child.name]!.Properties.Parameters ?? {}).matchAll(/"(Part\d+)"/g),
      ].map((m) => m[1]!);
      for (const other of [...needs, ...(parent[child.name]!.DependsOn ?? [])])
        expect(Number(other.slice(4))).toBeLessThan(index + 1);
    });
  });

  it("a resource's DependsOn on another part becomes the parent's order of the parts", () => {
    const partOf = new Map(
      split.children.flatMap((c, i) =>
        Object.keys(c.template.Resources as object).map((id) => [id, i] as const),
      ),
    );
    const parent = split.parent.Resources as Record<
      string,
      { DependsOn?: string[]; Properties: object }
    >;
    for (const [id, resource] of Object.entries(
      template.Resources as Record<string, { DependsOn?: string[] }>,
    ))
      for (const dep of resource.DependsOn ?? []) {
        const [from, to] = [partOf.get(id)!, partOf.get(dep)!];
        if (from === to) continue;
        const name = `Part${from + 1}`;
        const ordered =
          parent[name]!.DependsOn?.includes(`Part${to + 1}`) ||
          JSON.stringify(parent[name]!.Properties).includes(`"Part${to + 1}"`);
        expect(ordered, `${id} → ${dep}`).toBe(true);
      }
  });

  it("the same template splits into the same bytes", () => {
    const again = splitIntoNestedStacks(structuredClone(template), "template", groupOf, small);
    expect(JSON.stringify(again)).toBe(JSON.stringify(split));
  });

  it("past the parameter limit, parts are halved and a resource reading more than it stays in the parent", () => {
    const tight = { ...small, parameters: 10 };
    const halved = splitIntoNestedStacks(template, "template", groupOf, tight)!;
    const count = (t: Template, section: string) =>
      Object.keys((t[section] as object) ?? {}).length;
    for (const child of halved.children) {
      expect(count(child.template, "Parameters"), child.name).toBeLessThanOrEqual(10);
      expect(count(child.template, "Outputs"), child.name).toBeLessThanOrEqual(tight.outputs);
    }
    const parentResources = split.parent.Resources as Record<string, { Type: string }>;
    const kept = Object.entries(halved.parent.Resources as Record<string, { Type: string }>)
      .filter(([, resource]) => resource.Type !== "AWS::CloudFormation::Stack")
      .map(([id]) => id);
    // The operations dashboard reads every tier's load balancer, service and database.
    expect(kept).toContain("OpsDashboard");
    expect(Object.keys(parentResources)).not.toContain("OpsDashboard");
    const nested = halved.children.flatMap((c) => Object.keys(c.template.Resources as object));
    expect([...nested, ...kept].sort()).toEqual(Object.keys(template.Resources as object).sort());
    expect(halved.children.length).toBeGreaterThan(split.children.length);
    // The kept resource reads the parts' outputs directly: no parameter of the parent stands for them.
    expect(JSON.stringify((halved.parent.Resources as Record<string, Json>).OpsDashboard)).toMatch(
      /"Fn::GetAtt":\["Part\d+","Outputs\./,
    );
    expect(halved.parent.Parameters).toEqual(template.Parameters);
  });

  it("parts follow the tiers where they can", () => {
    // Each tier's resources sit in as few parts as their count allows (+1 where a cut falls inside).
    const byGroup = new Map<string, Set<number>>();
    split.children.forEach((c, i) => {
      for (const id of Object.keys(c.template.Resources as object)) {
        const group = groupOf(id);
        byGroup.set(group, (byGroup.get(group) ?? new Set()).add(i));
      }
    });
    for (const [group, parts] of byGroup) {
      const count = Object.keys(template.Resources as object).filter(
        (id) => groupOf(id) === group,
      ).length;
      expect(parts.size, group).toBeLessThanOrEqual(Math.ceil(count / 40) + 2);
    }
  });
});
