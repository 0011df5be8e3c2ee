import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse, parseAllDocuments, stringify } from "yaml";
import { INTENT_DIAGNOSTIC_CODES } from "./diagnostics/codes.js";
import { fastParse } from "./parse/fast-parse.js";
import { parseIntent } from "./parse-intent.js";
import { arbitraryIntentDocument } from "@idio-iac/testing";

const KNOWN_CODES = new Set<string>(INTENT_DIAGNOSTIC_CODES.map((info) => info.code));
const errorsOf = (text: string) =>
  parseIntent(text, "intent.yaml").diagnostics.filter((d) => d.severity === "error");

describe("properties", () => {
  it("every generated valid intent validates, as YAML in any style and as JSON", () => {
    fc.assert(
      fc.property(
        arbitraryIntentDocument({ maxTiers: 8 }),
        fc.constantFrom("block", "flow", "json"),
        (document, style) => {
          const text =
            style === "json"
              ? JSON.stringify(document, null, 2)
              : stringify(document, style === "flow" ? { collectionStyle: "flow" } : {});
          const result = parseIntent(text, "intent.yaml");
          expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
          expect(result.intent?.name).toBe(document.name);
          expect(result.intent?.tiers.map((tier) => tier.name)).toEqual(
            document.tiers.map((tier) => tier.name),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it("the fast parser and the position-keeping parser read a document the same", () => {
    const scalar = fc.oneof(
      fc.stringMatching(/^[-+.0-9a-zA-Z_ :#'"~]{0,12}$/),
      fc.constantFrom(
        "0x1F",
        "0o17",
        "0b101",
        "+0x1",
        "-0o7",
        "-0",
        "+.5",
        ".inf",
        "-.Inf",
        ".NaN",
        "1e3",
        "1_000",
        "True",
        "yes",
        "~",
        "null",
        "2027-03-31",
        "12:30",
      ),
    );
    fc.assert(
      fc.property(scalar, (value) => {
        const text = `value: ${value}\nlist: [${value}]\nnested:\n  text: ${value}\n    ${value}\n`;
        const fast = fastParse(text);
        if (fast === undefined) return; // the full parser decides
        const documents = parse(text, { version: "1.2", schema: "core", uniqueKeys: true });
        expect(fast.data).toEqual(documents);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(arbitraryIntentDocument({ maxTiers: 5 }), (document) => {
        const text = stringify(document);
        const fast = fastParse(text);
        expect(fast?.data).toEqual(parse(text));
      }),
      { numRuns: 100 },
    );
  });

  it("an invalidating mutation always yields an error, never an intent, never a throw", () => {
    type Mutation = (document: Record<string, unknown>, pick: number) => void;
    const tiersOf = (document: Record<string, unknown>) =>
      document.tiers as Record<string, unknown>[];
    const mutations: Record<string, Mutation> = {
      // apiVersion is optional (it defaults to the current version).
      "drop a required field": (document, pick) => {
        delete document[["name", "environment", "tiers"][pick % 3]!];
      },
      "add an unknown field": (document, pick) => {
        document[`unknown${pick}`] = pick;
      },
      "misspell an enum": (document) => {
        document.environment = `${String(document.environment)}x`;
      },
      "wrong type": (document, pick) => {
        const tier = tiersOf(document)[pick % tiersOf(document).length]!;
        tier.name = pick;
      },
      "duplicate a tier name": (document) => {
        const tiers = tiersOf(document);
        tiers.push({ ...tiers[0]!, connectsTo: [] });
      },
      "connect to a missing tier": (document, pick) => {
        const tier = tiersOf(document)[pick % tiersOf(document).length]!;
        tier.connectsTo = ["no-such-tier"];
      },
      "invert scaling": (document) => {
        tiersOf(document).push({ name: "zz-extra", type: "worker", scaling: { min: 9, max: 3 } });
      },
      "drRegion = region": (document) => {
        document.disasterRecovery = {
          drRegion: (document.region as string | undefined) ?? "us-east-1",
        };
      },
      "engine for the wrong type": (document) => {
        tiersOf(document).push({ name: "zz-extra", type: "cache", engine: "postgres" });
      },
      "reserved tag key": (document) => {
        document.tags = { ...(document.tags as object), "aws:x": "y" };
      },
      "non-positive budget": (document) => {
        document.cost = { monthlyBudgetUsd: 0 };
      },
    };
    fc.assert(
      fc.property(
        arbitraryIntentDocument({ maxTiers: 6 }),
        fc.constantFrom(...Object.keys(mutations)),
        fc.nat(),
        (valid, name, pick) => {
          const document = structuredClone(valid) as Record<string, unknown>;
          mutations[name]!(document, pick);
          const result = parseIntent(stringify(document), "intent.yaml");
          expect(result.intent).toBeUndefined();
          expect(result.diagnostics.some((d) => d.severity === "error")).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("random edits of the text never throw, and every diagnostic is well formed", () => {
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 5 }),
      insert: fc.oneof(
        fc.string({ maxLength: 4 }),
        fc.constantFrom(
          ":",
          "- ",
          "\n",
          "  ",
          "[",
          "{",
          "&a ",
          "*a",
          "!!",
          '"',
          "'",
          "#",
          "\t",
          "\u0000",
          "__proto__: 1\n",
          "? ",
        ),
      ),
    });
    fc.assert(
      fc.property(
        arbitraryIntentDocument({ maxTiers: 4 }),
        fc.array(edit, { minLength: 1, maxLength: 4 }),
        (document, edits) => {
          let text = stringify(document);
          for (const { at, remove, insert } of edits) {
            const position = at % (text.length + 1);
            text = text.slice(0, position) + insert + text.slice(position + remove);
          }
          const fast = fastParse(text);
          if (fast !== undefined) {
            // Whatever the fast parser accepts, the strict one accepts and reads the same.
            const strict = parseAllDocuments(text, {
              version: "1.2",
              schema: "core",
              uniqueKeys: true,
            });
            const documents = Array.isArray(strict) ? strict : [];
            expect(documents.length).toBeLessThanOrEqual(1);
            expect(documents.flatMap((d) => [...d.errors, ...d.warnings])).toEqual([]);
            expect(fast.data).toEqual(documents[0]?.toJS() ?? null);
          }
          const lines = text.split("\n").length;
          const result = parseIntent(text, "intent.yaml");
          const hasError = result.diagnostics.some((d) => d.severity === "error");
          expect(result.intent === undefined).toBe(hasError);
          for (const d of result.diagnostics) {
            expect(KNOWN_CODES.has(d.code)).toBe(true);
            expect(d.file).toBe("intent.yaml");
            expect(d.line).toBeGreaterThanOrEqual(0);
            expect(d.line).toBeLessThanOrEqual(lines + 1);
            expect(d.path === "" || d.path.startsWith("/")).toBe(true);
            expect(d.message).not.toBe("");
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it("errors never depend on the fast path: a document that fails on one fails on both", () => {
    // Documents that mention "&" take the full path; the same document without it takes the fast one.
    fc.assert(
      fc.property(arbitraryIntentDocument({ maxTiers: 3 }), fc.nat(), (document, pick) => {
        const broken = {
          ...document,
          tiers: [...document.tiers, { name: "x", type: "webb" }],
        } as object;
        const plain = stringify(broken);
        const withAmpersand = stringify({ ...broken, description: `R&D ${pick}` });
        const codes = (text: string) => errorsOf(text).map((d) => d.code);
        expect(codes(plain)).toEqual(codes(withAmpersand));
      }),
      { numRuns: 50 },
    );
  });
});
