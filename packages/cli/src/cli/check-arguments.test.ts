import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { memoryIo } from "../test-support/memory-io.js";
import {
  checkChoice,
  checkDate,
  locateOnCommandLine,
  parseNumberArgument,
  splitSetting,
} from "./check-arguments.js";
import { runCli } from "./run-cli.js";

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const INTENT = "examples/startup-mvp/intent.yaml";

async function idio(...argv: string[]) {
  const memory = memoryIo({ cwd: ROOT });
  const code = await runCli(argv, memory.io);
  return { code, stdout: memory.stdout, stderr: memory.stderr };
}

describe("checkDate", () => {
  it.each(["2024-02-29", "2026-12-31", "2000-02-29", "1999-01-01"])("accepts %s", (date) => {
    expect(checkDate("--as-of", date)).toBeUndefined();
  });

  it.each([
    ["2019-13-45", "has no month 13"],
    ["2024-02-30", "has no day 30: month 2 of 2024 has 29 days"],
    ["2023-02-29", "has no day 29: month 2 of 2023 has 28 days"],
    ["1900-02-29", "has no day 29: month 2 of 1900 has 28 days"],
    ["2026-04-31", "has no day 31: month 4 of 2026 has 30 days"],
    ["2026-00-10", "has no month 0"],
    ["2026-3-1", "is not a date written YYYY-MM-DD"],
    ["tomorrow", "is not a date written YYYY-MM-DD"],
  ])("refuses %s (%s)", (date, why) => {
    expect(checkDate("--as-of", date)).toEqual({
      code: "IDIO721",
      severity: "error",
      message: `--as-of "${date}" ${why}.`,
      file: "--as-of",
      line: 0,
      column: 0,
      path: "",
      hint: "Write a date that exists, as YYYY-MM-DD, e.g. 2026-03-31.",
      value: date,
    });
  });
});

describe("locateOnCommandLine", () => {
  it("points at the option's value on the command line, in either spelling", () => {
    const problem = checkDate("--as-of", "2024-02-30")!;
    // idio policy a.yaml --as-of 2024-02-30: the value starts at column 28.
    expect(locateOnCommandLine(problem, ["policy", "a.yaml", "--as-of", "2024-02-30"])).toEqual(
      expect.objectContaining({ file: "<command line>", line: 1, column: 28, endColumn: 38 }),
    );
    expect(locateOnCommandLine(problem, ["policy", "a.yaml", "--as-of=2024-02-30"])).toEqual(
      expect.objectContaining({ file: "<command line>", line: 1, column: 28, endColumn: 38 }),
    );
  });

  it("finds the occurrence with the bad value when an option repeats", () => {
    const argv = ["cost", "a.yaml", "--assume", "k=1", "--assume", "k=x", "--assume", "j=2"];
    const parsed = parseNumberArgument("--assume", "k", "x", { minimum: 0, maximum: 9 }, "k=x");
    if (!("problem" in parsed)) throw new Error("expected a problem");
    // idio cost a.yaml --assume k=1 --assume k=x: the second value starts at column 40.
    expect(locateOnCommandLine(parsed.problem, argv)).toEqual(
      expect.objectContaining({ column: 40, endColumn: 43 }),
    );
  });

  it("leaves the problem filed under the option when the option is not on the line", () => {
    const problem = checkDate("--as-of", "x")!;
    expect(locateOnCommandLine(problem, [])).toEqual(
      expect.objectContaining({ file: "--as-of", line: 0, column: 0 }),
    );
  });
});

describe("checkChoice", () => {
  it("suggests the closest choice, an abbreviation included", () => {
    const problem = checkChoice("--framework", "pci", ["pci-dss", "hipaa", "soc2"], "framework");
    expect(problem).toMatchObject({
      code: "IDIO720",
      message: 'Unknown framework "pci".',
      hint: 'Did you mean "pci-dss"? Expected one of pci-dss, hipaa, soc2.',
    });
    expect(checkChoice("--framework", "hipaa", ["pci-dss", "hipaa"], "framework")).toBeUndefined();
  });
});

describe("parseNumberArgument", () => {
  const range = { minimum: 0, maximum: 1000 };
  it.each([
    ["12", 12],
    ["0.5", 0.5],
    ["1e3", 1000],
  ])("reads %s", (raw, value) => {
    expect(parseNumberArgument("--x", "x", raw, range)).toEqual({ value });
  });

  it.each(["Infinity", "NaN", "1e400", "-1", "1001", "0x10", "", "12abc", "1_000"])(
    "refuses %j",
    (raw) => {
      const result = parseNumberArgument("--x", "x", raw, range);
      expect("problem" in result && result.problem.code).toBe("IDIO722");
    },
  );

  it("requires a whole number when asked", () => {
    const result = parseNumberArgument("--x", "x", "1.5", { ...range, integer: true });
    expect("problem" in result && result.problem.message).toBe(
      'x must be a whole number from 0 to 1,000, not "1.5".',
    );
  });
});

describe("splitSetting", () => {
  it("splits at the first = and refuses what has no key or no value", () => {
    expect(splitSetting("--assume", "a=b=c", "k=1")).toEqual({ key: "a", raw: "b=c" });
    for (const bad of ["=1", "a=", "a", "a=  "]) {
      const result = splitSetting("--assume", bad, "k=1");
      expect("problem" in result && result.problem.code).toBe("IDIO723");
    }
  });
});

describe("the commands check their arguments", () => {
  it("rules list --framework pci: exit 2, suggesting pci-dss", async () => {
    const result = await idio("rules", "list", "--framework", "pci");
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(
      '<command line>:1:29 error IDIO720 Unknown framework "pci".\n' +
        "  > 1 | idio rules list --framework pci\n" +
        `      | ${" ".repeat(28)}^^^\n`,
    );
    expect(result.stderr).toContain('Did you mean "pci-dss"?');
    expect((await idio("rules", "list", "--framework", "pci-dss")).code).toBe(0);
  });

  it.each(["2019-13-45", "2024-02-30", "2023-02-29"])(
    "policy --as-of %s: exit 2 with the reason",
    async (date) => {
      const result = await idio("policy", INTENT, "--as-of", date);
      expect(result.code).toBe(2);
      // idio policy examples/startup-mvp/intent.yaml --as-of <date>: the date is at column 54.
      expect(result.stderr).toContain("<command line>:1:54 error IDIO721");
      expect(result.stdout).toBe("");
    },
  );

  it("policy --as-of 2024-02-29 is a date", async () => {
    const result = await idio("policy", INTENT, "--as-of", "2024-02-29", "--fail-on", "critical");
    expect(result.stderr).not.toContain("IDIO721");
    expect([0, 1]).toContain(result.code);
  });

  it("policy --format json reports an argument problem as JSON", async () => {
    const result = await idio("policy", INTENT, "--as-of", "2024-02-30", "--format", "json");
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stderr)).toEqual([
      expect.objectContaining({ code: "IDIO721", file: "<command line>", line: 1, column: 54 }),
    ]);
  });

  it("cost --region suggests the region meant", async () => {
    const result = await idio("cost", INTENT, "--region", "us-east1");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('<command line>:1:53 error IDIO720 Unknown region "us-east1".');
    expect(result.stderr).toContain('Did you mean "us-east-1"?');
  });

  it.each([
    ["dataTransferOutGbPerMonth=Infinity", "0 to 10,000,000"],
    ["dataTransferOutGbPerMonth=1e308", "0 to 10,000,000"],
    ["tiers.app.requestsPerMonth=-5", "0 to 26,280,000,000,000"],
    ["tiers.app.dataSizeGb=2000000", "0 to 1,000,000"],
    ["nat.shareOfInternetEgress=2", "0 to 1"],
    ["lambda.averageDurationMs.web=1e9", "0 to 900,000"],
  ])("cost --assume %s: exit 2 naming the range", async (setting, range) => {
    const result = await idio("cost", INTENT, "--assume", setting);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("IDIO722");
    expect(result.stderr).toContain(range);
  });

  it("prices show --region refuses a region the book does not hold", async () => {
    const result = await idio("prices", "show", "--region", "eu-west1");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Did you mean "eu-west-1"?');
  });
});
