// The diff model's exported functions (the `@idio-iac/cli/diff` subpath), each
// behind its argument check like every export (see @idio-iac/graph
// guard-export.ts). index.ts re-exports these names; the `idio diff` command
// calls the originals.
import {
  expectArray,
  expectBoolean,
  expectInteger,
  expectNumber,
  expectOptions,
  expectPlainObject,
  expectProperties,
  expectString,
  guardExport,
  IdioArgumentError,
  type ArgumentDiagnosis,
} from "@idio-iac/graph";
import { diffPlans as diffPlansImpl } from "./diff-plans.js";
import * as money from "./format-money.js";
import * as fromText from "./plan-from-text.js";
import { renderDiffJson as renderDiffJsonImpl } from "./render-diff-json.js";
import * as markdown from "./render-diff-markdown.js";
import { renderDiffText as renderDiffTextImpl } from "./render-diff-text.js";

type Check = (argument: string, value: unknown) => void;
const optional =
  (check: Check): Check =>
  (argument, value) => {
    if (value !== undefined) check(argument, value);
  };
const nullable =
  (check: Check): Check =>
  (argument, value) => {
    if (value !== null) check(argument, value);
  };
const list =
  (item: Check): Check =>
  (argument, value) =>
    expectArray(argument, value, item);

/** The parts of a plan a diff reads (a plan from `plan()`, or a saved plan.json parsed). */
const expectPlan: Check = (argument, value) =>
  expectProperties(argument, value, {
    intent: (name, intent) =>
      expectProperties(name, intent, {
        name: expectString,
        policy: optional((policyName, policy) =>
          expectProperties(policyName, policy, {
            waivers: optional(
              list((w, waiver) => expectProperties(w, waiver, { rule: expectString })),
            ),
          }),
        ),
      }),
    graph: (name, graph) =>
      expectProperties(name, graph, {
        nodes: list((n, node) =>
          expectProperties(n, node, { id: expectString, kind: expectString }),
        ),
      }),
    findings: optional(list(expectPlainObject)),
    cost: optional(expectPlainObject),
  });

const changeList = list((name, change) =>
  expectProperties(name, change, {
    id: expectString,
    kind: expectString,
    change: expectString,
    properties: list((p, property) => expectProperties(p, property, { path: expectString })),
  }),
);
const costLine: Check = (name, line) =>
  expectProperties(name, line, {
    name: expectString,
    beforeMicros: expectNumber,
    afterMicros: expectNumber,
    deltaMicros: expectNumber,
  });
const findingList = list((name, finding) =>
  expectProperties(name, finding, {
    ruleId: expectString,
    resourceId: nullable(expectString),
    severity: expectString,
    title: expectString,
    message: expectString,
  }),
);
const waiverList = list((name, waiver) =>
  expectProperties(name, waiver, { rule: expectString, reason: expectString }),
);
const side: Check = (name, value) =>
  expectProperties(name, value, { label: expectString, name: expectString });

/** A PlanDiff as diffPlans returns it: every part the renderers read. */
const expectPlanDiff: Check = (argument, value) =>
  expectProperties(argument, value, {
    base: side,
    head: side,
    resources: (name, resources) =>
      expectProperties(name, resources, {
        added: changeList,
        removed: changeList,
        changed: changeList,
        unchanged: (n, count) => expectInteger(n, count),
      }),
    cost: (name, cost) =>
      expectProperties(name, cost, {
        currency: expectString,
        total: costLine,
        deltaPercent: nullable(expectNumber),
        complete: (n, complete) =>
          expectProperties(n, complete, { before: expectBoolean, after: expectBoolean }),
        budget: (n, budget) =>
          expectProperties(n, budget, {
            limitUsd: nullable(expectNumber),
            before: nullable(expectString),
            after: nullable(expectString),
          }),
        byTier: list(costLine),
        byService: list(costLine),
      }),
    findings: (name, findings) =>
      expectProperties(name, findings, {
        new: findingList,
        resolved: findingList,
        unchanged: (n, count) => expectInteger(n, count),
        open: expectPlainObject,
      }),
    waivers: (name, waivers) =>
      expectProperties(name, waivers, {
        added: waiverList,
        removed: waiverList,
        expired: waiverList,
      }),
    empty: expectBoolean,
  });

/** After a failure, the deep check of one argument: what is wrong with it, if anything. */
const diagnoseWith =
  (index: number, argument: string, check: Check): ArgumentDiagnosis =>
  (args) => {
    try {
      check(argument, args[index]);
      return undefined;
    } catch (error) {
      if (error instanceof IdioArgumentError) return error;
      throw error;
    }
  };

export const diffPlans = guardExport(
  "diffPlans",
  ["base", "head", "options"],
  diffPlansImpl,
  (base, head, options) => {
    expectPlainObject("base", base);
    expectPlainObject("head", head);
    expectProperties("options", options, {
      baseLabel: expectString,
      headLabel: expectString,
      today: optional(expectString),
    });
  },
  (args) => diagnoseWith(0, "base", expectPlan)(args) ?? diagnoseWith(1, "head", expectPlan)(args),
);
export const absentPlan = guardExport(
  "absentPlan",
  ["other"],
  fromText.absentPlan,
  (other) =>
    expectProperties("other", other, {
      intent: expectPlainObject,
      graph: expectPlainObject,
    }),
  diagnoseWith(0, "other", expectPlan),
);
export const savedPlanFromText = guardExport(
  "savedPlanFromText",
  ["text", "fileName"],
  fromText.savedPlanFromText,
  (text, fileName) => {
    expectString("text", text);
    expectString("fileName", fileName);
  },
);
export const planFromText = guardExport(
  "planFromText",
  ["text", "fileName", "options"],
  fromText.planFromText,
  (text, fileName, options) => {
    // plan() checks the options' fields itself.
    expectString("text", text);
    expectString("fileName", fileName);
    expectOptions("options", options);
  },
);

const diffFirst = {
  check: (diff: unknown) => expectPlainObject("diff", diff),
  diagnose: diagnoseWith(0, "diff", expectPlanDiff),
};
export const renderDiffJson = guardExport(
  "renderDiffJson",
  ["diff"],
  renderDiffJsonImpl,
  diffFirst.check,
  diffFirst.diagnose,
);
export const renderDiffText = guardExport(
  "renderDiffText",
  ["diff"],
  renderDiffTextImpl,
  diffFirst.check,
  diffFirst.diagnose,
);
export const summaryLine = guardExport(
  "summaryLine",
  ["diff"],
  markdown.summaryLine,
  diffFirst.check,
  diffFirst.diagnose,
);
export const renderDiffMarkdown = guardExport(
  "renderDiffMarkdown",
  ["diff", "options"],
  markdown.renderDiffMarkdown,
  (diff, options) => {
    expectPlainObject("diff", diff);
    expectOptions("options", options);
    if (options === undefined) return;
    expectProperties("options", options, {
      headingLevel: optional((name, level) => expectInteger(name, level, 1, 6)),
      rulesUrl: optional(expectString),
      diagram: optional(expectString),
      maxRows: optional((name, rows) => expectInteger(name, rows, 1)),
      title: optional(expectString),
    });
  },
  diffFirst.diagnose,
);

export const usd = guardExport("usd", ["microsValue"], money.usd, (micros) =>
  expectNumber("microsValue", micros),
);
export const signedUsd = guardExport("signedUsd", ["microsValue"], money.signedUsd, (micros) =>
  expectNumber("microsValue", micros),
);
export const signedPercent = guardExport(
  "signedPercent",
  ["percent"],
  money.signedPercent,
  (percent) => nullable(expectNumber)("percent", percent),
);
