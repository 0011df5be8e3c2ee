import type { IntentInput } from "@idio-iac/intent-schema";
import { describe, expect, it } from "vitest";
import { compile } from "../../compile.js";
import { baseDocument, resolveIntent } from "../../test-support/intents.js";

/** Production at 99.99 in us-east-1 (three AZs), a web tier on Fargate, DR in us-west-2. */
function graphWith(rtoMinutes: number) {
  return compile(
    resolveIntent(
      baseDocument({
        region: "us-east-1",
        availability: "99.99",
        tiers: [{ name: "web", type: "web", expectedRps: 50 }],
        disasterRecovery: {
          crossRegionReplication: true,
          drRegion: "us-west-2",
          rtoMinutes,
          rpoMinutes: 5,
        },
      } as Partial<IntentInput>),
    ),
  ).graph!;
}

const natIds = (graph: ReturnType<typeof graphWith>, region: string) =>
  graph.nodes
    .filter((n) => n.kind === "aws.ec2.nat_gateway" && n.region === region)
    .map((n) => n.id);

describe("the DR region's NAT gateways", () => {
  it("a pilot light runs one, with the reason, and every private subnet routes through it", () => {
    const graph = graphWith(30);
    expect(natIds(graph, "primary")).toEqual(["network.nat.a", "network.nat.b", "network.nat.c"]);
    expect(natIds(graph, "dr")).toEqual(["dr.network.nat.a"]);
    const nat = graph.nodes.find((n) => n.id === "dr.network.nat.a")!;
    expect(nat.reason.calculation).toEqual([
      "pilot light: us-west-2 runs nothing and sends nothing out until a failover -> 1 NAT gateway in us-west-2a instead of 3 (one per AZ) saves 2 of 3 gateway-hours and public IPv4 addresses; a NAT gateway is zonal, so after a failover the other AZs' egress goes through us-west-2a and stops if that AZ fails (a warm standby keeps one per AZ)",
    ]);
    expect(nat.reason.pointers).toContain("/disasterRecovery/rtoMinutes");
    const tables = graph.nodes.filter(
      (n) => n.region === "dr" && n.id.startsWith("dr.network.route-table.private"),
    );
    expect(tables.map((n) => [n.id, n.props])).toEqual([
      [
        "dr.network.route-table.private",
        {
          vpcId: { ref: "dr.network.vpc", attr: "id" },
          routes: [
            {
              destinationCidrBlock: "0.0.0.0/0",
              natGatewayId: { ref: "dr.network.nat.a", attr: "id" },
            },
          ],
        },
      ],
    ]);
  });

  it("a warm standby keeps one per AZ", () => {
    expect(natIds(graphWith(8), "dr")).toEqual([
      "dr.network.nat.a",
      "dr.network.nat.b",
      "dr.network.nat.c",
    ]);
  });
});
