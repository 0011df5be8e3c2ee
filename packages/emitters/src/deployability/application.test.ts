import { readFileSync } from "node:fs";
import type { ResourceGraph } from "@idio-iac/graph";
import type { Intent } from "@idio-iac/intent-schema";
import { describe, expect, it } from "vitest";
import { emitCloudFormation } from "../cloudformation/emit-cloudformation.js";
import type { EmittedFile } from "../emitted-file.js";
import { terraformName } from "../names.js";
import { compiledExamples, compileText } from "../test-support/compiled-examples.js";
import { emitTerraform } from "../terraform/emit-terraform.js";
import { applicationSubjects } from "./application-subjects.js";

/**
 * Issue 12, the application's part: conditions that validate, plan and
 * cfn-lint accept but that break a real deploy or leave it broken. Each is
 * asserted absent from every example's emitted code, and from intents that
 * exercise what the examples do not (a Java and a custom-runtime function, an
 * EC2 tier, a single-page app calling an API).
 */

const FIXTURES = new URL("../../../../fixtures/every-kind/", import.meta.url);

interface Subject {
  readonly label: string;
  readonly intent: Intent;
  readonly graph: ResourceGraph;
}

const subjects: Subject[] = [
  ...compiledExamples().map(({ name, intent, graph }) => ({ label: name, intent, graph })),
  ...["global", "regional"].map((name) => ({
    label: `every-kind-${name}`,
    ...compileText(readFileSync(new URL(`${name}/intent.yaml`, FIXTURES), "utf8"), name),
  })),
  ...applicationSubjects(),
];

type Resources = Record<string, Record<string, Record<string, unknown>>>;

/** The CloudFormation properties these checks read. */
interface CfnProps {
  readonly Runtime?: string;
  readonly Handler?: string;
  readonly ReservedConcurrentExecutions?: number;
  readonly Code: {
    readonly ZipFile?: string;
    readonly S3Bucket?: unknown;
    readonly S3Key?: unknown;
  };
}

interface Emitted {
  readonly subject: Subject;
  readonly files: EmittedFile[];
  readonly resources: Resources;
  readonly templates: { Resources: Record<string, { Type: string; Properties: CfnProps }> }[];
}

const emitted: Emitted[] = subjects.map((subject) => {
  const files = emitTerraform(subject.graph);
  const main = files.find((f) => f.path === "terraform/main.tf.json")!;
  const templates = emitCloudFormation(subject.graph)
    .filter((f) => f.path.endsWith(".json"))
    .map((f) => JSON.parse(f.contents) as Emitted["templates"][number]);
  return {
    subject,
    files,
    resources: (JSON.parse(main.contents) as { resource: Resources }).resource,
    templates,
  };
});

const tf = (e: Emitted, type: string) => Object.entries(e.resources[type] ?? {});
const tierOf = (e: Emitted, name: string) => e.subject.intent.tiers.find((t) => t.name === name)!;
/** The tier of the graph node a Terraform resource was emitted for. */
const tierOfResource = (e: Emitted, resourceName: string) => {
  const node = e.subject.graph.nodes.find((n) => terraformName(n.id) === resourceName)!;
  return tierOf(e, node.tier!);
};

/** The one file of a stored zip (IDIO's placeholder packages), with its Unix mode. */
function unzipOne(base64: string): { name: string; text: string; mode: number } {
  const zip = Buffer.from(base64, "base64");
  const nameLength = zip.readUInt16LE(26);
  const extra = zip.readUInt16LE(28);
  const size = zip.readUInt32LE(18);
  const name = zip.subarray(30, 30 + nameLength).toString("utf8");
  const start = 30 + nameLength + extra;
  const central = start + size;
  const mode = (zip.readUInt32LE(central + 38) >>> 16) & 0o777;
  return { name, text: zip.subarray(start, central).toString("utf8"), mode };
}

describe.each(emitted.map((e) => [e.subject.label, e] as const))("%s", (_label, e) => {
  it("no Lambda function reserves concurrency (Terraform and CloudFormation)", () => {
    for (const [, fn] of tf(e, "aws_lambda_function"))
      expect(fn.reserved_concurrent_executions).toBeUndefined();
    for (const template of e.templates)
      for (const resource of Object.values(template.Resources))
        if (resource.Type === "AWS::Lambda::Function")
          expect(resource.Properties.ReservedConcurrentExecutions).toBeUndefined();
  });

  it("no placeholder returns: every shipped package fails its invocations", () => {
    for (const [, fn] of tf(e, "aws_lambda_function")) {
      if (fn.filename === undefined) continue;
      const file = e.files.find(
        (f) => `\${path.module}/${f.path.slice("terraform/".length)}` === fn.filename,
      )!;
      const { text } = unzipOne(file.contents);
      expect(text).not.toMatch(/return|statusCode/);
      expect(text).toMatch(/throw new Error|raise RuntimeError|\/error"/);
    }
    for (const template of e.templates)
      for (const resource of Object.values(template.Resources))
        if (resource.Type === "AWS::Lambda::Function" && resource.Properties.Code.ZipFile)
          expect(resource.Properties.Code.ZipFile).toMatch(
            /^(exports\.\w+ = async \(\) => \{\n {2}throw|def \w+\(event, context\):\n {4}raise)/,
          );
  });

  it("no package that cannot run on its runtime (a JavaScript file as Java, no bootstrap, inline code CloudFormation refuses)", () => {
    for (const [, fn] of tf(e, "aws_lambda_function")) {
      const runtime = fn.runtime as string;
      if (runtime === "java21") {
        expect(fn.filename).toBeUndefined();
        expect(fn.s3_bucket).toMatch(/^\$\{var\..+_code_s3_bucket\}$/);
        continue;
      }
      const file = e.files.find(
        (f) => `\${path.module}/${f.path.slice("terraform/".length)}` === fn.filename,
      )!;
      const zip = unzipOne(file.contents);
      if (runtime === "provided.al2023") {
        expect([zip.name, zip.mode, zip.text.startsWith("#!/bin/sh\n")]).toEqual([
          "bootstrap",
          0o755,
          true,
        ]);
      } else {
        const handler = fn.handler as string;
        const module = handler.slice(0, handler.lastIndexOf("."));
        expect(zip.name).toBe(`${module}.${runtime.startsWith("python") ? "py" : "js"}`);
      }
    }
    for (const template of e.templates)
      for (const resource of Object.values(template.Resources)) {
        if (resource.Type !== "AWS::Lambda::Function") continue;
        const { Runtime, Code, Handler } = resource.Properties;
        if (Code.ZipFile !== undefined) {
          expect(Runtime).toMatch(/^(nodejs|python)/); // cfn-lint E3677
          expect(Handler).toMatch(/^index\./); // inline code is saved as index.*
        } else expect(Object.keys(Code).sort()).toEqual(["S3Bucket", "S3Key"]);
      }
  });

  it("no EC2 instance without user data that starts the tier's image, on an AMI of its architecture", () => {
    for (const [name, template] of tf(e, "aws_launch_template")) {
      const tier = tierOfResource(e, name);
      const arm64 = tier.architecture === "arm64";
      expect(template.user_data).toMatch(/^\$\{base64encode\("#!\/bin\/bash\\nIDIO_IMAGE='/);
      expect(template.user_data).toContain(
        "docker run -d --name app --restart always --network host",
      );
      expect(template.image_id).toBe(
        `resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-${arm64 ? "arm64" : "x86_64"}`,
      );
      expect(/^[a-z]+\dg\./.test(template.instance_type as string)).toBe(arm64);
    }
  });

  it("no ECS task forced onto an architecture the intent did not choose", () => {
    for (const [name, task] of tf(e, "aws_ecs_task_definition")) {
      const tier = tierOfResource(e, name);
      const platform = task.runtime_platform as { cpu_architecture: string };
      expect(platform.cpu_architecture).toBe(tier.architecture === "arm64" ? "ARM64" : "X86_64");
    }
  });

  it("no tier without the command and environment its intent gives, nor a variable set twice", () => {
    for (const [name, task] of tf(e, "aws_ecs_task_definition")) {
      const tier = tierOfResource(e, name);
      const [container] = JSON.parse(task.container_definitions as string) as {
        command?: string[];
        environment: { name: string; value: string }[];
      }[];
      expect(container!.command).toEqual(tier.command);
      const names = container!.environment.map((v) => v.name);
      expect(new Set(names).size).toBe(names.length);
      for (const [key, value] of Object.entries(tier.environment ?? {}))
        expect(container!.environment).toContainEqual({ name: key, value });
    }
    for (const [name, fn] of tf(e, "aws_lambda_function")) {
      const tier = tierOfResource(e, name);
      const variables =
        (fn.environment as { variables: Record<string, string> } | undefined)?.variables ?? {};
      for (const [key, value] of Object.entries(tier.environment ?? {}))
        expect(variables[key]).toBe(value);
      if (tier.command) expect(fn.handler).toBe(tier.command[0]);
    }
  });

  it("no API made private by a static site that connectsTo it", () => {
    const intent = e.subject.intent;
    const serverCallers = new Set(
      intent.tiers.filter((t) => t.type !== "static-site").flatMap((t) => t.connectsTo),
    );
    for (const site of intent.tiers.filter((t) => t.type === "static-site")) {
      for (const target of site.connectsTo) {
        const api = tierOf(e, target);
        if (api.type !== "api" || api.public !== undefined || serverCallers.has(target)) continue;
        const lb = e.resources.aws_lb?.[terraformName(`${target}.alb`)];
        const httpApi = e.resources.aws_apigatewayv2_api?.[terraformName(`${target}.http-api`)];
        const viaCloudFront =
          e.resources.aws_cloudfront_vpc_origin !== undefined &&
          Object.keys(e.resources.aws_cloudfront_vpc_origin).some((n) =>
            n.startsWith(terraformName(target)),
          );
        expect(lb?.internal === false || httpApi !== undefined || viaCloudFront).toBe(true);
      }
    }
  });

  it("no single-page app without the error-page rewrite", () => {
    for (const site of e.subject.intent.tiers.filter((t) => t.type === "static-site")) {
      const distribution =
        e.resources.aws_cloudfront_distribution![terraformName(`${site.name}.distribution`)]!;
      expect(distribution.custom_error_response).toEqual(
        site.spa === true
          ? [403, 404].map((code) => ({
              error_code: code,
              response_code: 200,
              response_page_path: "/index.html",
              error_caching_min_ttl: 10,
            }))
          : undefined,
      );
    }
  });
});

describe("the subjects exercise every condition", () => {
  const count = (type: string) => emitted.reduce((n, e) => n + tf(e, type).length, 0);
  it("hold Java, custom-runtime, EC2 x86 and arm64, SPA and static-site-to-API cases", () => {
    const runtimes = emitted.flatMap((e) => tf(e, "aws_lambda_function").map(([, f]) => f.runtime));
    expect(runtimes).toEqual(
      expect.arrayContaining(["java21", "provided.al2023", "python3.13", "nodejs22.x"]),
    );
    expect(count("aws_launch_template")).toBeGreaterThanOrEqual(2);
    const spa = emitted.some((e) => e.subject.intent.tiers.some((t) => t.spa === true));
    expect(spa).toBe(true);
  });
});
