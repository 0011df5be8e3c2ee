import { describe, expect, it } from "vitest";
import { annotationCommand } from "./annotations.js";

describe("annotationCommand", () => {
  it("escapes data and properties so a message cannot start another command", () => {
    expect(
      annotationCommand({
        level: "warning",
        file: "apps/a,b:c/intent.yaml",
        line: 12,
        column: 5,
        title: "IDIO-S3-001 (high)",
        message: "100% public\n::error::injected",
      }),
    ).toBe(
      "::warning file=apps/a%2Cb%3Ac/intent.yaml,line=12,col=5,title=IDIO-S3-001 (high)::100%25 public%0A::error::injected",
    );
  });

  it("leaves out the position when the problem concerns the whole file", () => {
    expect(
      annotationCommand({
        level: "error",
        file: "action.yml",
        line: 0,
        column: 0,
        title: "IDIO741",
        message: "m",
      }),
    ).toBe("::error file=action.yml,title=IDIO741::m");
  });
});
