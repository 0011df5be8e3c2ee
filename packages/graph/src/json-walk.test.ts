import { describe, expect, it } from "vitest";
import { DESCEND, rebuildJson, sortKeysDeep, visitJson } from "./json-walk.js";

describe("rebuildJson", () => {
  const value = { b: [1, { z: "s", y: undefined }], a: { "//": "meta", c: "t" }, d: null };

  it("rebuilds arrays and objects, keeping keys in the order found by default", () => {
    const copy = rebuildJson(value, {});
    expect(copy).toEqual(value);
    expect(copy).not.toBe(value);
    expect(Object.keys((copy as Record<string, unknown>).b as never)).toEqual(["0", "1"]);
    expect(Object.keys(copy as object)).toEqual(["b", "a", "d"]);
  });

  it("replaces values whole, with the key they stand under; DESCEND goes on inside", () => {
    const seen: (string | undefined)[] = [];
    const result = rebuildJson(value, {
      replace: (item, key) => {
        seen.push(key);
        return typeof item === "string" ? item.toUpperCase() : DESCEND;
      },
    });
    expect(result).toEqual({
      b: [1, { z: "S", y: undefined }],
      a: { "//": "META", c: "T" },
      d: null,
    });
    expect(seen).toEqual([undefined, "b", undefined, undefined, "z", "y", "a", "//", "c", "d"]);
  });

  it("drops the entries `keep` refuses and orders keys by `order`", () => {
    const result = rebuildJson(value, {
      keep: (key, item) => key !== "//" && item !== undefined,
      order: (a, b) => (a < b ? 1 : a > b ? -1 : 0),
    });
    expect(JSON.stringify(result)).toBe('{"d":null,"b":[1,{"z":"s"}],"a":{"c":"t"}}');
  });
});

describe("sortKeysDeep", () => {
  it("sorts keys in code-unit order at every level and keeps array order", () => {
    const result = sortKeysDeep({ é: 1, b: [{ y: 1, x: 2 }, 3], B: undefined, a: "" });
    expect(JSON.stringify(result)).toBe('{"a":"","b":[{"x":2,"y":1},3],"é":1}');
    expect(Object.keys(result)).toEqual(["B", "a", "b", "é"]);
    expect(Object.keys(sortKeysDeep({ b: 1, a: undefined }, (_, v) => v !== undefined))).toEqual([
      "b",
    ]);
  });
});

describe("visitJson", () => {
  it("visits depth first in document order with the path and parent, and skips on false", () => {
    const visits: string[] = [];
    visitJson({ a: [{ skip: { deep: 1 } }, "x"], b: { c: 2 } }, (item, path, parent) => {
      visits.push(`${path.join("/")}:${Array.isArray(parent) ? "array" : typeof parent}`);
      return !(typeof item === "object" && item !== null && "deep" in item);
    });
    expect(visits).toEqual([
      ":undefined",
      "a:object",
      "a/0:array",
      "a/0/skip:object",
      "a/1:array",
      "b:object",
      "b/c:object",
    ]);
  });
});
