import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ref, type GraphNode, type ResourceGraph } from "@idio-iac/graph";
import { describe, expect, it } from "vitest";
import { kitchenSinkGraph, smallSiteGraph } from "../test-support/fixture-graphs.js";
import { machineTraces } from "../test-support/portability.js";
import { emitTerraform, synthesizeTerraform, terraformAddresses } from "./emit-terraform.js";

type Config = {
  terraform: Record<string, unknown>;
  provider: { aws: Record<string, unknown>[] };
  resource: Record<string, Record<string, Record<string, unknown>>>;
  output?: Record<string, { value: string }>;
  variable?: Record<string, unknown>;
  data?: unknown;
};
const configOf = (graph: ResourceGraph, options = {}) =>
  synthesizeTerraform(graph, options).config as unknown as Config;

describe("emitTerraform", () => {
  it("gives the same bytes for the same graph", () => {
    expect(emitTerraform(kitchenSinkGraph())).toEqual(emitTerraform(kitchenSinkGraph()));
  });

  it("writes main.tf.json, a README and the placeholder Lambda packages, nothing machine-specific", () => {
    const files = emitTerraform(kitchenSinkGraph());
    expect(files.map((file) => file.path)).toEqual([
      "terraform/main.tf.json",
      "terraform/README.md",
      "terraform/lambda-placeholder-node-index-js.zip",
      "terraform/lambda-placeholder-python-app-py.zip",
    ]);
    expect(machineTraces(files)).toEqual([]);
    expect(existsSync("cdktf.out")).toBe(false);
  });

  it("pins the provider, sets default tags and aliases the DR and us-east-1 regions", () => {
    const config = configOf(kitchenSinkGraph());
    expect(config.terraform.required_providers).toEqual({
      aws: { source: "hashicorp/aws", version: "~> 5.100" },
    });
    const [primary, dr, edge] = config.provider.aws;
    expect(primary).toMatchObject({ region: "eu-west-1" });
    expect(primary!.alias).toBeUndefined();
    expect(dr).toMatchObject({ region: "eu-central-1", alias: "dr" });
    expect(edge).toMatchObject({ region: "us-east-1", alias: "edge" });
    expect(edge!.default_tags).toEqual(primary!.default_tags);
    expect(primary!.default_tags).toEqual([
      { tags: { application: "kitchen", environment: "production", "managed-by": "idio" } },
    ]);
    expect(config.resource.aws_s3_bucket!["site_replica-bucket"]!.provider).toBe("aws.dr");
    expect(config.resource.aws_wafv2_web_acl!.site_waf!.provider).toBe("aws.edge");
    expect(config.resource.aws_acm_certificate!.site_certificate!.provider).toBe("aws.edge");
    // The load balancer's certificate stays in the primary region.
    expect(config.resource.aws_acm_certificate!.web_certificate!.provider).toBeUndefined();
  });

  it("needs no data source and no AWS call to plan", () => {
    const config = configOf(kitchenSinkGraph());
    expect(config.data).toBeUndefined();
    expect(config.variable).toHaveProperty("aws_account_id");
    expect(JSON.stringify(config)).not.toContain("data.aws_");
  });

  it("turns references into expressions and joins into interpolation", () => {
    const config = configOf(kitchenSinkGraph());
    expect(config.resource.aws_subnet!["network_public-a"]!.vpc_id).toBe(
      "${aws_vpc.network_vpc.id}",
    );
    expect(config.resource.aws_apigatewayv2_route!.api_route!.target).toBe(
      "integrations/${aws_apigatewayv2_integration.api_integration.id}",
    );
    expect(config.resource.aws_db_instance!.reports_replica!.replicate_source_db).toBe(
      "${aws_db_instance.reports_db.arn}",
    );
    // dependsOn becomes depends_on on the main resource address.
    expect(config.resource.aws_ecs_service!.web_service!.depends_on).toEqual([
      "aws_lb_listener.web_https",
    ]);
  });

  it("escapes literal ${ so Terraform does not interpolate user text", () => {
    const graph = smallSiteGraph();
    const cdn = graph.nodes.find(
      (node) => node.id === "site.cdn",
    ) as GraphNode<"aws.cloudfront.distribution">;
    const patched: ResourceGraph = {
      ...graph,
      nodes: graph.nodes.map((node) =>
        node === cdn ? { ...cdn, props: { ...cdn.props, comment: "cost ${HOME} %{x}" } } : node,
      ),
    };
    const config = configOf(patched);
    expect(config.resource.aws_cloudfront_distribution!.site_cdn!.comment).toBe(
      "cost $${HOME} %%{x}",
    );
  });

  it("keeps state locally by default, in S3 with DynamoDB locking when asked", () => {
    expect(configOf(smallSiteGraph()).terraform.backend).toEqual({
      local: { path: "terraform.tfstate" },
    });
    const s3 = configOf(smallSiteGraph(), {
      backend: {
        type: "s3",
        bucket: "acme-state",
        key: "site/terraform.tfstate",
        dynamodbTable: "locks",
      },
    });
    expect(s3.terraform.backend).toEqual({
      s3: {
        bucket: "acme-state",
        key: "site/terraform.tfstate",
        region: "us-east-1",
        dynamodb_table: "locks",
        encrypt: true,
      },
    });
    const partial = emitTerraform(smallSiteGraph(), { backend: { type: "s3" } });
    expect(partial[1]!.contents).toContain("-backend-config=bucket=<state-bucket>");
  });

  it("declares exactly the addresses it creates, several per bucket and role", () => {
    const graph = kitchenSinkGraph();
    const declared = terraformAddresses(graph);
    expect(declared.get("site.bucket")).toEqual([
      "aws_s3_bucket.site_bucket",
      "aws_s3_bucket_versioning.site_bucket",
      "aws_s3_bucket_server_side_encryption_configuration.site_bucket",
      "aws_s3_bucket_public_access_block.site_bucket",
      "aws_s3_bucket_ownership_controls.site_bucket",
      "aws_s3_bucket_logging.site_bucket",
      "aws_s3_bucket_lifecycle_configuration.site_bucket",
      "aws_s3_bucket_replication_configuration.site_bucket",
    ]);
    expect(declared.get("web.execution-role")).toEqual([
      "aws_iam_role.web_execution-role",
      "aws_iam_role_policy.web_execution-role_read-secret",
      "aws_iam_role_policy_attachment.web_execution-role_AmazonECSTaskExecutionRolePolicy",
    ]);
    expect(synthesizeTerraform(graph).addresses).toEqual([...declared.values()].flat().sort());
  });

  it("outputs endpoints and names, and documents variables and outputs in the README", () => {
    const synthesis = synthesizeTerraform(kitchenSinkGraph());
    const config = synthesis.config as unknown as Config;
    expect(config.output!["web_lb_dns_name"]!.value).toBe("${aws_lb.web_lb.dns_name}");
    expect(config.output!["db_cluster_reader_endpoint"]!.value).toBe(
      "${aws_rds_cluster.db_cluster.reader_endpoint}",
    );
    const readme = emitTerraform(kitchenSinkGraph())[1]!.contents;
    expect(readme).toContain("| `aws_account_id` |");
    expect(readme).toContain("| `web_lb_dns_name` |");
    expect(readme).toContain(
      "terraform plan -out tfplan -var aws_account_id=... -var web_task_image=...",
    );
    expect(readme).toContain("`aws_s3_bucket_replication_configuration.site_bucket`");
    expect(readme).toContain("(provider alias `aws.edge`)");
    expect(emitTerraform(smallSiteGraph())[1]!.contents).not.toContain("aws.edge");
  });

  it("packages a placeholder Lambda that is a valid zip with a stable hash", () => {
    const files = emitTerraform(kitchenSinkGraph());
    const zip = files.find((file) => file.path.endsWith("node-index-js.zip"))!;
    const config = configOf(kitchenSinkGraph());
    const fn = config.resource.aws_lambda_function!.api_function!;
    expect(fn.filename).toBe("${path.module}/lambda-placeholder-node-index-js.zip");
    expect(fn.source_code_hash).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    const python = spawnSync("python3", ["--version"]);
    if (python.status !== 0) return;
    const dir = mkdtempSync(join(tmpdir(), "idio-zip-"));
    try {
      writeFileSync(join(dir, "p.zip"), Buffer.from(zip.contents, "base64"));
      const listed = spawnSync(
        "python3",
        [
          "-c",
          "import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(z.read('index.js').decode())",
          join(dir, "p.zip"),
        ],
        { encoding: "utf8" },
      );
      expect(listed.stderr).toBe("");
      expect(listed.stdout).toContain("exports.handler = async");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("puts an image variable where the intent left the container image open", () => {
    const synthesis = synthesizeTerraform(kitchenSinkGraph());
    expect([...synthesis.variables.keys()]).toEqual(["aws_account_id", "web_task_image"]);
    const config = synthesis.config as unknown as Config;
    const definitions = JSON.parse(
      config.resource.aws_ecs_task_definition!.web_task!.container_definitions as string,
    );
    expect(definitions[0].image).toBe("${var.web_task_image}");
    expect(definitions[0].secrets).toContainEqual({
      name: "DB_CREDENTIALS",
      valueFrom: "${aws_rds_cluster.db_cluster.master_user_secret[0].secret_arn}",
    });
  });

  it("rejects a reference to an attribute the target kind does not map", () => {
    const graph = smallSiteGraph();
    const cdn = graph.nodes.find(
      (node) => node.id === "site.cdn",
    ) as GraphNode<"aws.cloudfront.distribution">;
    const broken: ResourceGraph = {
      ...graph,
      nodes: graph.nodes.map((node) =>
        node === cdn
          ? {
              ...cdn,
              props: {
                ...cdn.props,
                origin: { type: "load-balancer" as const, domainName: ref("site.oac", "nope") },
              },
            }
          : node,
      ),
    };
    expect(() => emitTerraform(broken)).toThrow(/no Terraform mapping for attribute nope/);
  });
});
