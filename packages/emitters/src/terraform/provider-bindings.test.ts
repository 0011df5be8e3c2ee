import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { describe, expect, it } from "vitest";
import type { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic/index.js";
import * as bindings from "./provider-bindings.js";

const require = createRequire(import.meta.url);
const source = readFileSync(new URL("./provider-bindings.ts", import.meta.url), "utf8");

/** Each binding's module, as written in provider-bindings.ts. */
function moduleOf(name: string): string {
  const match = new RegExp(`export const ${name} = lazy<[^>]+>\\(\\s*"[^"]+",\\s*"([^"]+)"`).exec(
    source,
  );
  if (match === null) throw new Error(`no binding for ${name}`);
  return match[1]!;
}

const names = Object.keys(bindings).sort();

describe("provider bindings", () => {
  it("binds every class the mappings used to import (85)", () => {
    expect(names).toHaveLength(85);
  });

  it.each(names)("%s declares the real class's Terraform type", (name) => {
    const binding = (bindings as Record<string, { tfResourceType: string }>)[name]!;
    const real = (require(moduleOf(name)) as Record<string, { tfResourceType: string }>)[name]!;
    expect(binding.tfResourceType).toBe(real.tfResourceType);
  });

  it("constructs an instance of the real class", () => {
    // A bare root, as emit-terraform.ts uses: an App would create cdktf.out/ in the working directory.
    const stack = new TerraformStack(new Construct(undefined as unknown as Construct, ""), "s");
    const topic = new bindings.SnsTopic(stack, "t", { name: "n" });
    const real = (
      require("@cdktf/provider-aws/lib/sns-topic/index.js") as { SnsTopic: typeof SnsTopic }
    ).SnsTopic;
    expect(topic).toBeInstanceOf(real);
    expect(topic.terraformResourceType).toBe("aws_sns_topic");
  });
});
