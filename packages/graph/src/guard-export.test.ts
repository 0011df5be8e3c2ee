import { describe, expect, it } from "vitest";
import { expectPlainObject, expectString, IdioArgumentError } from "./argument-error.js";
import { guardExport } from "./guard-export.js";

const walkAll = (value: unknown): number =>
  typeof value === "object" && value !== null
    ? Object.values(value).reduce((sum: number, item) => sum + walkAll(item), 1)
    : 0;

describe("guardExport", () => {
  const count = guardExport("count", ["value"], walkAll, (value) =>
    expectPlainObject("value", value),
  );

  it("refuses a wrong type on entry, naming function, argument, expectation and what came", () => {
    expect(() => count("a\u001b[2J\u202e" as never)).toThrow(
      'count(): argument "value" must be an object; got the string "a\\u001b[2J\\u202e"',
    );
  });

  it("blames a cyclic plain argument and keeps the RangeError as cause", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.inner = { back: cyclic };
    const error = (() => {
      try {
        count(cyclic as never);
      } catch (caught) {
        return caught;
      }
    })() as IdioArgumentError;
    expect(error).toBeInstanceOf(IdioArgumentError);
    expect(error.message).toBe(
      'count(): argument "value.inner.back" is cyclic: it contains itself',
    );
    expect(error.argument).toBe("value.inner.back");
    expect(error.cause).toBeInstanceOf(RangeError);
  });

  it("rethrows IDIO's own error unchanged when the arguments are sound", () => {
    const broken = guardExport(
      "broken",
      ["text"],
      (text: string) => {
        throw new TypeError(`internal bug with ${text}`);
      },
      (text) => expectString("text", text),
    );
    expect(() => broken("fine")).toThrow(TypeError);
  });

  it("does not enter instances: a cyclic client's own error passes through", async () => {
    class Client {
      self = this;
      send(): Promise<never> {
        return Promise.reject(new Error("no credentials"));
      }
    }
    const fetchWith = guardExport(
      "fetchWith",
      ["options"],
      async (options: { client: Client }) => options.client.send(),
      (options) => expectPlainObject("options", options),
    );
    await expect(fetchWith({ client: new Client() })).rejects.toThrow(/^no credentials$/);
    await expect(fetchWith(null as never)).rejects.toBeInstanceOf(IdioArgumentError);
  });

  it("turns a throwing Proxy trap met deep inside into IdioArgumentError", () => {
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("trap");
        },
      },
    );
    expect(() => count({ list: [trap] } as never)).toThrow(
      'count(): argument "value.list[0]" cannot be read (Error: trap)',
    );
  });
});
