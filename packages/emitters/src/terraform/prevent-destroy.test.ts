import { describe, expect, it } from "vitest";
import { compiledExamples } from "../test-support/compiled-examples.js";
import { synthesizeTerraform } from "./emit-terraform.js";

type Resources = Record<string, Record<string, { lifecycle?: { prevent_destroy?: boolean } }>>;

/** Addresses with `prevent_destroy`, by example. */
function protectedAddresses(name: string): string[] {
  const example = compiledExamples().find((e) => e.name === name)!;
  const resources = (synthesizeTerraform(example.graph).config as { resource: Resources }).resource;
  return Object.entries(resources)
    .flatMap(([type, byName]) =>
      Object.entries(byName)
        .filter(([, resource]) => resource.lifecycle?.prevent_destroy === true)
        .map(([resourceName]) => `${type}.${resourceName}`),
    )
    .sort();
}

describe("prevent_destroy mirrors CloudFormation's Retain/Snapshot", () => {
  it("production: databases, tables, buckets, keys and vaults; not their copies or satellites", () => {
    const addresses = protectedAddresses("healthcare-hipaa");
    const types = [...new Set(addresses.map((a) => a.split(".")[0]))].sort();
    expect(types).toEqual(["aws_backup_vault", "aws_db_instance", "aws_kms_key", "aws_s3_bucket"]);
    // The DR read replica is a copy of the primary's database: not protected.
    expect(addresses.filter((a) => a.startsWith("aws_db_instance."))).toEqual([
      "aws_db_instance.db_instance",
    ]);
    expect(addresses.some((a) => a.startsWith("aws_s3_bucket_"))).toBe(false);
  });

  it("a global database's secondary cluster is not protected, the primary is", () => {
    const clusters = protectedAddresses("ecommerce-platform").filter((a) =>
      a.startsWith("aws_rds_cluster."),
    );
    expect(clusters).toEqual(["aws_rds_cluster.db_cluster"]);
  });

  it("development and staging: nothing (terraform destroy of the environment stays possible)", () => {
    expect(protectedAddresses("startup-mvp")).toEqual([]);
    expect(protectedAddresses("data-pipeline")).toEqual([]);
  });
});
