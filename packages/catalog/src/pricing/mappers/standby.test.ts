/**
 * A DR standby takes no traffic before a failover, so its Fargate tasks and
 * EC2 instances are priced at its desired count: a warm standby's quarter, a
 * pilot light's zero (the tier is present, switched off).
 */
import { ref } from "@idio-iac/graph";
import { describe, expect, it } from "vitest";
import type { GraphNode } from "@idio-iac/graph";
import { EMBEDDED_PRICE_BOOK } from "../embedded-price-book.js";
import { estimateCost } from "../estimate-cost.js";
import { fargateService, graphOf, node, usageOf } from "../test-support/graphs.js";

const usage = usageOf([{ name: "api", type: "api", rps: 500, pattern: "seasonal" }]);

/** The tier's nodes again in the DR region, `dr.` in front, at `desired` running. */
function inDr(nodes: GraphNode[], desired: number): GraphNode[] {
  return nodes.map((n) => {
    const props = n.props as unknown as Record<string, unknown>;
    const retarget = (value: unknown) =>
      value !== null && typeof value === "object" && "ref" in value
        ? ref(`dr.${(value as { ref: string }).ref}`, (value as { attr?: string }).attr)
        : value;
    return {
      ...n,
      id: `dr.${n.id}`,
      region: "dr",
      props: {
        ...props,
        ...(n.kind === "aws.ecs.service"
          ? { desiredCount: desired, taskDefinitionArn: retarget(props.taskDefinitionArn) }
          : {}),
        ...(n.kind === "aws.appautoscaling.target" ? { minCapacity: desired } : {}),
        ...(n.kind === "aws.autoscaling.group"
          ? {
              minSize: desired,
              desiredCapacity: desired,
              launchTemplateId: retarget(props.launchTemplateId),
            }
          : {}),
      },
    } as GraphNode;
  });
}

function asg(min: number, max: number): GraphNode[] {
  return [
    node(
      "api.launch-template",
      "aws.ec2.launch_template",
      {
        namePrefix: "api-",
        imageId: "resolve:ssm:/aws/service/ami",
        instanceType: "m7g.large",
        iamInstanceProfileArn: ref("api.instance-profile", "arn"),
        securityGroupIds: [],
        metadataOptions: {
          httpTokens: "required",
          httpPutResponseHopLimit: 1,
          httpEndpoint: "enabled",
        },
        rootVolume: { sizeGb: 30, volumeType: "gp3", encrypted: true },
        detailedMonitoring: true,
        userData: { image: null, script: "" },
      } as never,
      { tier: "api" },
    ),
    node(
      "api.asg",
      "aws.autoscaling.group",
      {
        name: "api",
        launchTemplateId: ref("api.launch-template"),
        minSize: min,
        maxSize: max,
        desiredCapacity: min,
        subnetIds: [],
        targetGroupArns: [],
        healthCheckType: "EC2",
        healthCheckGracePeriod: 300,
        targetCpuPercent: 60,
      },
      { tier: "api" },
    ),
  ];
}

/** Quantity of each compute component of `resource`, by component. */
function quantities(nodes: GraphNode[], resource: string): Record<string, number> {
  const estimate = estimateCost(
    graphOf(nodes, "us-east-1", "us-west-2"),
    EMBEDDED_PRICE_BOOK,
    usage,
  );
  return Object.fromEntries(
    estimate.lineItems
      .filter((item) => item.resource === resource)
      .map((item) => [item.component, item.quantity]),
  );
}

describe("a DR standby's compute", () => {
  const primary = fargateService("api", {
    cpu: 1024,
    memory: 2048,
    arch: "ARM64",
    min: 8,
    max: 40,
  });

  it("bills a pilot light's Fargate service at zero tasks, while the primary scales", () => {
    const items = quantities([...primary, ...inDr(primary, 0)], "dr.api.service");
    expect(items).toEqual({
      "Fargate vCPU (ARM64, 1 vCPU x 0 tasks)": 0,
      "Fargate memory (ARM64, 2 GB x 0 tasks)": 0,
    });
    // The primary: 8 + (40 - 8) x 0.1 (seasonal) = 11.2 tasks on an average hour.
    expect(quantities(primary, "api.service")["Fargate vCPU (ARM64, 1 vCPU x 11.2 tasks)"]).toBe(
      8176,
    );
  });

  it("bills a warm standby at its desired count, not the primary's scale-out", () => {
    const items = quantities([...primary, ...inDr(primary, 2)], "dr.api.service");
    expect(items).toEqual({
      "Fargate vCPU (ARM64, 1 vCPU x 2 tasks)": 2 * 730,
      "Fargate memory (ARM64, 2 GB x 2 tasks)": 2 * 2 * 730,
    });
  });

  it("bills a pilot light's Auto Scaling group at zero instances", () => {
    const group = asg(4, 20);
    expect(quantities([...group, ...inDr(group, 0)], "dr.api.asg")).toEqual({
      "EC2 m7g.large (Linux, on-demand)": 0,
      "EBS gp3 root volumes (30 GB each)": 0,
    });
  });
});
