import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ref, type GraphNode, type ResourceGraph } from "@idio-iac/graph";
import { describe, expect, it } from "vitest";
import { exampleGraph } from "../test-support/compiled-examples.js";
import { everyKindGraph } from "../test-support/every-kind.js";
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
// Compiled graphs: the every-kind fixture (DR region, edge nodes, every kind across
// its two parts) and a small example without a VPC, in us-east-1 (no edge alias).
const global = everyKindGraph("global");
/** The global fixture with its web tier's image left open (the fixture names an ECR image). */
const openImage: ResourceGraph = {
  ...global,
  nodes: global.nodes.map((n) =>
    n.kind === "aws.ecs.task_definition"
      ? ({
          ...n,
          props: { ...n.props, container: { ...n.props.container, image: null } },
        } as GraphNode)
      : n,
  ),
};
const regional = everyKindGraph("regional");
const small = exampleGraph("static-website");

describe("emitTerraform", () => {
  it("gives the same bytes for the same graph", () => {
    expect(emitTerraform(global)).toEqual(emitTerraform(structuredClone(global)));
  });

  it("writes main.tf.json, a README and the placeholder Lambda packages, nothing machine-specific", () => {
    const files = emitTerraform(global);
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
    const config = configOf(global);
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
      {
        tags: {
          "idio:application": "kitchen",
          "idio:environment": "production",
          "idio:managed-by": "idio",
          owner: "fixtures",
        },
      },
    ]);
    expect(config.resource.aws_s3_bucket!.dr_uploads_bucket!.provider).toBe("aws.dr");
    expect(config.resource.aws_wafv2_web_acl!.edge_waf_cloudfront!.provider).toBe("aws.edge");
    expect(config.resource.aws_acm_certificate!.edge_certificate_cloudfront!.provider).toBe(
      "aws.edge",
    );
    // The load balancer's certificate and web ACL stay in the primary region.
    expect(config.resource.aws_acm_certificate!.edge_certificate!.provider).toBeUndefined();
    expect(config.resource.aws_wafv2_web_acl!.edge_waf!.provider).toBeUndefined();
  });

  it("needs no data source and no AWS call to plan", () => {
    const config = configOf(global);
    expect(config.data).toBeUndefined();
    expect(config.variable).toHaveProperty("aws_account_id");
    expect(JSON.stringify(config)).not.toContain("data.aws_");
  });

  it("turns references into expressions and joins into interpolation", () => {
    const config = configOf(global);
    expect(config.resource.aws_subnet!.network_subnet_public_a!.vpc_id).toBe(
      "${aws_vpc.network_vpc.id}",
    );
    expect(configOf(regional).resource.aws_apigatewayv2_route!["api_http-api_route"]!.target).toBe(
      "integrations/${aws_apigatewayv2_integration.api_http-api_integration.id}",
    );
    // A reference across regions is a plain expression too.
    expect(config.resource.aws_rds_cluster!.dr_db_cluster!.global_cluster_identifier).toBe(
      "${aws_rds_global_cluster.db_global-cluster.id}",
    );
    const replica = configOf(exampleGraph("healthcare-hipaa")).resource.aws_db_instance!;
    expect(replica.dr_db_replica!.replicate_source_db).toBe("${aws_db_instance.db_instance.arn}");
    // dependsOn becomes depends_on on the main resource address.
    expect(config.resource.aws_ecs_service!.web_service!.depends_on).toEqual([
      "aws_lb_listener.web_alb_listener_https",
    ]);
  });

  it("escapes literal ${ so Terraform does not interpolate user text", () => {
    const graph = small;
    const cdn = graph.nodes.find(
      (node) => node.id === "site.distribution",
    ) as GraphNode<"aws.cloudfront.distribution">;
    const patched: ResourceGraph = {
      ...graph,
      nodes: graph.nodes.map((node) =>
        node === cdn ? { ...cdn, props: { ...cdn.props, comment: "cost ${HOME} %{x}" } } : node,
      ),
    };
    const config = configOf(patched);
    expect(config.resource.aws_cloudfront_distribution!.site_distribution!.comment).toBe(
      "cost $${HOME} %%{x}",
    );
  });

  it("keeps state locally by default, in S3 with DynamoDB locking when asked", () => {
    expect(configOf(small).terraform.backend).toEqual({
      local: { path: "terraform.tfstate" },
    });
    const s3 = configOf(small, {
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
    const partial = emitTerraform(small, { backend: { type: "s3" } });
    expect(partial[1]!.contents).toContain("-backend-config=bucket=<state-bucket>");
  });

  it("declares exactly the addresses it creates, several per bucket and role", () => {
    const declared = terraformAddresses(global);
    expect(declared.get("uploads.bucket")).toEqual([
      "aws_s3_bucket.uploads_bucket",
      "aws_s3_bucket_versioning.uploads_bucket",
      "aws_s3_bucket_server_side_encryption_configuration.uploads_bucket",
      "aws_s3_bucket_public_access_block.uploads_bucket",
      "aws_s3_bucket_ownership_controls.uploads_bucket",
      "aws_s3_bucket_logging.uploads_bucket",
      "aws_s3_bucket_lifecycle_configuration.uploads_bucket",
      "aws_s3_bucket_replication_configuration.uploads_bucket",
    ]);
    // A bucket without logging or replication declares neither.
    expect(declared.get("dr.uploads.bucket")).toEqual([
      "aws_s3_bucket.dr_uploads_bucket",
      "aws_s3_bucket_versioning.dr_uploads_bucket",
      "aws_s3_bucket_server_side_encryption_configuration.dr_uploads_bucket",
      "aws_s3_bucket_public_access_block.dr_uploads_bucket",
      "aws_s3_bucket_ownership_controls.dr_uploads_bucket",
      "aws_s3_bucket_lifecycle_configuration.dr_uploads_bucket",
    ]);
    expect(declared.get("web.execution.role")).toEqual([
      "aws_iam_role.web_execution_role",
      "aws_iam_role_policy_attachment.web_execution_role_AmazonECSTaskExecutionRolePolicy",
    ]);
    expect(synthesizeTerraform(global).addresses).toEqual([...declared.values()].flat().sort());
  });

  it("outputs endpoints and names, and documents variables and outputs in the README", () => {
    const synthesis = synthesizeTerraform(global);
    const config = synthesis.config as unknown as Config;
    expect(config.output!["web_alb_dns_name"]!.value).toBe("${aws_lb.web_alb.dns_name}");
    expect(config.output!["db_cluster_reader_endpoint"]!.value).toBe(
      "${aws_rds_cluster.db_cluster.reader_endpoint}",
    );
    const readme = emitTerraform(openImage)[1]!.contents;
    expect(readme).toContain("| `aws_account_id` |");
    expect(readme).toContain("| `web_alb_dns_name` |");
    expect(readme).toContain(
      "terraform plan -out tfplan -var aws_account_id=... -var dr_web_task_image=... -var web_task_image=...",
    );
    expect(readme).toContain("`aws_s3_bucket_replication_configuration.uploads_bucket`");
    expect(readme).toContain("(provider alias `aws.edge`)");
    expect(emitTerraform(small)[1]!.contents).not.toContain("aws.edge");
  });

  it("packages a placeholder Lambda that is a valid zip with a stable hash", () => {
    const files = emitTerraform(global);
    const zip = files.find((file) => file.path.endsWith("node-index-js.zip"))!;
    const config = configOf(global);
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
    const synthesis = synthesizeTerraform(openImage);
    expect([...synthesis.variables.keys()]).toEqual([
      "aws_account_id",
      "dr_web_task_image",
      "web_task_image",
    ]);
    const config = synthesis.config as unknown as Config;
    const definitions = JSON.parse(
      config.resource.aws_ecs_task_definition!.web_task!.container_definitions as string,
    );
    expect(definitions[0].image).toBe("${var.web_task_image}");
    // IAM database authentication: no database secret is injected into the task.
    expect(definitions[0].secrets ?? []).toEqual([]);
    expect(definitions[0].environment).toContainEqual({ name: "DB_IAM_AUTH", value: "true" });
  });

  it("rejects a reference to an attribute the target kind does not map", () => {
    const graph = small;
    const cdn = graph.nodes.find(
      (node) => node.id === "site.distribution",
    ) as GraphNode<"aws.cloudfront.distribution">;
    const broken: ResourceGraph = {
      ...graph,
      nodes: graph.nodes.map((node) =>
        node === cdn
          ? {
              ...cdn,
              props: {
                ...cdn.props,
                origin: {
                  type: "vpc-origin" as const,
                  domainName: ref("site.origin-access-control", "nope"),
                  vpcOriginId: ref("site.origin-access-control"),
                },
              },
            }
          : node,
      ),
    };
    expect(() => emitTerraform(broken)).toThrow(/no Terraform mapping for attribute nope/);
  });
});
