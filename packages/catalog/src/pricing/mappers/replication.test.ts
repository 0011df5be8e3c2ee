/**
 * Cross-region replication charges: a DynamoDB global table's replicated
 * writes (in each replica's region) and replication traffic (inter-region
 * transfer out of the table's region); an Aurora global database's replicated
 * write I/Os and replication traffic, once per secondary region.
 */
import { ref } from "@idio-iac/graph";
import { describe, expect, it } from "vitest";
import { EMBEDDED_PRICE_BOOK } from "../embedded-price-book.js";
import { estimateCost } from "../estimate-cost.js";
import { graphOf, node, usageOf } from "../test-support/graphs.js";

// 100 rps steady: 100 x 0.6 x 2,628,000 = 157,680,000 requests a month, 20% writes.
const usage = usageOf([{ name: "orders", type: "database", rps: 100, dataSizeGb: 100 }]);
const WRITES = 31_536_000;

const lines = (graph: Parameters<typeof estimateCost>[0], resource: string) =>
  estimateCost(graph, EMBEDDED_PRICE_BOOK, usage)
    .lineItems.filter((item) => item.resource === resource)
    .map(({ component, region, quantity, unitPriceUsd, monthlyMicros }) => ({
      component,
      region,
      quantity,
      unitPriceUsd,
      monthlyMicros,
    }))
    .sort((a, b) => a.component.localeCompare(b.component));

describe("replication pricing", () => {
  it("prices a global table's replicated writes in the replica's region and its traffic out of the source", () => {
    const table = node(
      "orders.table",
      "aws.dynamodb.table",
      {
        name: "orders",
        billingMode: "PAY_PER_REQUEST",
        hashKey: "pk",
        attributes: [{ name: "pk", type: "S" }],
        pointInTimeRecovery: false,
        serverSideEncryption: { enabled: true },
        deletionProtection: true,
        replicaRegions: ["us-west-2"],
      } as never,
      { tier: "orders" },
    );
    const items = lines(graphOf([table], "us-east-1"), "orders.table");
    expect(items.filter((item) => item.component.includes("us-west-2"))).toEqual([
      {
        component: "Replica storage in us-west-2",
        region: "us-west-2",
        quantity: 100,
        unitPriceUsd: "0.25",
        monthlyMicros: 25_000_000,
      },
      {
        component: "Replicated writes to us-west-2",
        region: "us-west-2",
        quantity: WRITES,
        unitPriceUsd: "0.000000625",
        monthlyMicros: 19_710_000,
      },
      {
        // 31,536,000 writes x 1 KB = 31.536 GB at $0.02 out of us-east-1.
        component: "Replication transfer to us-west-2",
        region: "us-east-1",
        quantity: 31.536,
        unitPriceUsd: "0.02",
        monthlyMicros: 630_720,
      },
    ]);
  });

  it("prices an Aurora global database's replicated write I/Os and traffic once per secondary", () => {
    const cluster = (id: string, region: "primary" | "dr", global: boolean) =>
      node(
        id,
        "aws.rds.cluster",
        {
          identifier: id,
          engine: "aurora-postgresql",
          engineVersion: "16.8",
          storageEncrypted: true,
          deletionProtection: true,
          backupRetentionDays: 7,
          vpcSecurityGroupIds: [],
          ...(global ? { globalClusterIdentifier: ref("orders.global", "id") } : {}),
        } as never,
        { tier: "orders", region },
      );
    const global = node(
      "orders.global",
      "aws.rds.global_cluster",
      {
        identifier: "orders-global",
        engine: "aurora-postgresql",
        engineVersion: "16.8",
        storageEncrypted: true,
        deletionProtection: true,
      },
      { tier: "orders" },
    );
    const graph = graphOf(
      [
        global,
        cluster("orders.cluster", "primary", true),
        cluster("dr.orders.cluster", "dr", true),
      ],
      "us-east-1",
      "us-west-2",
    );
    expect(lines(graph, "orders.global")).toEqual([
      {
        component: "Replicated write I/Os to us-west-2",
        region: "us-east-1",
        quantity: WRITES,
        unitPriceUsd: "0.0000002",
        monthlyMicros: 6_307_200,
      },
      {
        // 100 GB x 1% a day x 30 days = 30 GB at $0.02 out of us-east-1.
        component: "Replication transfer to us-west-2",
        region: "us-east-1",
        quantity: 30,
        unitPriceUsd: "0.02",
        monthlyMicros: 600_000,
      },
    ]);
    // Without a secondary there is nothing to replicate.
    const alone = graphOf([global, cluster("orders.cluster", "primary", true)], "us-east-1");
    expect(lines(alone, "orders.global")).toEqual([]);
  });
});
