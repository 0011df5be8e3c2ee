import { describe, expect, it } from "vitest";
import type { Plan } from "idio-iac";
import { planSections } from "./plan-sections.js";

// eslint-disable-next-line no-control-regex -- the test looks for raw controls
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const HOSTILE = [
  "\u001b[31mred\u001b[0m",
  "\u202egnp.exe",
  "nul\u0000here",
  "<script>alert(1)</script>",
  "[click](javascript:alert(1))",
  "a | b",
  "ok\n# heading",
];

describe("plan.md policy section with hostile user text", () => {
  it.each(HOSTILE)(
    "neutralises %j in finding messages, resource ids and waiver reasons",
    (text) => {
      const finding = {
        ruleId: "ACME-001",
        severity: "high",
        message: text,
        resourceId: text,
        waiver: { reason: text },
      };
      const plan = {
        intent: { name: "p", tiers: [] },
        graph: { nodes: [] },
        findings: [finding],
        waived: [finding],
      } as unknown as Plan;
      const body = planSections(plan).findings!;
      expect(body).not.toMatch(RAW_CONTROL);
      // Code spans show their text literally; outside them nothing may be live.
      const prose = body.replace(/(`+).*?\1/g, "");
      expect(prose).not.toContain("<script");
      expect(prose).not.toMatch(/(?<!\\)\]\(/);
      expect(body).not.toMatch(/^#/m);
      // The table keeps its four columns: every user "|" is escaped.
      const row = body.split("\n")[2]!;
      expect(row.split(/(?<!\\)\|/)).toHaveLength(6);
    },
  );
});
