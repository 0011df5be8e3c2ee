import { describe, expect, it } from "vitest";
import { toStableJson } from "./plan-json.js";

describe("toStableJson", () => {
  it("sorts keys at every level in code-unit order, keeps array order, drops undefined", () => {
    const value = {
      é: 1,
      b: [{ z: 1, a: { y: true, x: null } }, 3, 2],
      B: undefined,
      a: { "10": "ten", "2": "two", Z: "upper", _: "low line" },
    };
    expect(toStableJson(value)).toBe(
      [
        "{",
        '  "a": {',
        // Integer-like keys come first in any JavaScript object, in numeric order.
        '    "2": "two",',
        '    "10": "ten",',
        '    "Z": "upper",',
        '    "_": "low line"',
        "  },",
        '  "b": [',
        "    {",
        '      "a": {',
        '        "x": null,',
        '        "y": true',
        "      },",
        '      "z": 1',
        "    },",
        "    3,",
        "    2",
        "  ],",
        '  "é": 1',
        "}",
        "",
      ].join("\n"),
    );
  });

  it("gives the same bytes whatever order the keys were added in", () => {
    expect(toStableJson({ b: { d: 1, c: 2 }, a: [] })).toBe(
      toStableJson({ a: [], b: { c: 2, d: 1 } }),
    );
  });
});
