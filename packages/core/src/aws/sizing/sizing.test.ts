import { describe, expect, it } from "vitest";
import { CACHE_NODE_TYPES, cacheNodeTypeFor } from "./cache-node-types.js";
import {
  AURORA_INSTANCE_CLASSES,
  RDS_INSTANCE_CLASSES,
  databaseClassFor,
} from "./database-instance-classes.js";
import { EC2_GRAVITON_TYPES, ec2TypeFor } from "./ec2-graviton-types.js";
import { FARGATE_TASK_SIZES, fargateTaskSizeFor } from "./fargate-task-sizes.js";

describe("Fargate task sizes", () => {
  it("lists only pairs AWS accepts", () => {
    expect(FARGATE_TASK_SIZES).toContainEqual({ cpu: 256, vcpu: 0.25, memory: 512 });
    expect(FARGATE_TASK_SIZES).toContainEqual({ cpu: 16384, vcpu: 16, memory: 122880 });
    expect(FARGATE_TASK_SIZES.some((s) => s.cpu === 256 && s.memory === 4096)).toBe(false);
    expect(FARGATE_TASK_SIZES.some((s) => s.cpu === 8192 && s.memory === 17408)).toBe(false);
  });

  it("rounds a request up to the smallest valid pair", () => {
    expect(fargateTaskSizeFor(0.25, 512)).toMatchObject({ cpu: 256, memory: 512 });
    expect(fargateTaskSizeFor(0.3, 512)).toMatchObject({ cpu: 512, memory: 1024 });
    expect(fargateTaskSizeFor(1, 9000)).toMatchObject({ cpu: 2048, memory: 9216 });
    expect(fargateTaskSizeFor(64, 1)).toMatchObject({ cpu: 16384, memory: 122880 });
  });
});

describe("database classes", () => {
  it("are ordered so that the first fit is the cheapest", () => {
    for (const table of [RDS_INSTANCE_CLASSES, AURORA_INSTANCE_CLASSES]) {
      const nonBurstable = table.filter((c) => !c.burstable);
      for (let i = 1; i < nonBurstable.length; i++) {
        expect(
          nonBurstable[i]!.memoryGib >= nonBurstable[i - 1]!.memoryGib ||
            nonBurstable[i]!.vcpu > nonBurstable[i - 1]!.vcpu,
        ).toBe(true);
      }
    }
  });

  it("never offers burstable classes when they are not allowed", () => {
    expect(
      databaseClassFor(RDS_INSTANCE_CLASSES, { vcpu: 0, memoryGib: 0, allowBurstable: true }).name,
    ).toBe("db.t4g.micro");
    expect(
      databaseClassFor(RDS_INSTANCE_CLASSES, { vcpu: 0, memoryGib: 0, allowBurstable: false }).name,
    ).toBe("db.m7g.large");
    expect(
      databaseClassFor(AURORA_INSTANCE_CLASSES, { vcpu: 5, memoryGib: 50, allowBurstable: false })
        .name,
    ).toBe("db.r7g.2xlarge");
  });

  it("falls back to the largest class when nothing fits", () => {
    expect(
      databaseClassFor(AURORA_INSTANCE_CLASSES, { vcpu: 500, memoryGib: 1, allowBurstable: false })
        .name,
    ).toBe("db.r7g.16xlarge");
  });
});

describe("cache node types and EC2 types", () => {
  it("pick the smallest node holding the data", () => {
    expect(cacheNodeTypeFor({ memoryGib: 17.3, allowBurstable: false }).name).toBe(
      "cache.r7g.xlarge",
    );
    expect(cacheNodeTypeFor({ memoryGib: 0.2, allowBurstable: true }).name).toBe("cache.t4g.micro");
    expect(cacheNodeTypeFor({ memoryGib: 0.2, allowBurstable: false }).name).toBe(
      "cache.m7g.large",
    );
    expect(CACHE_NODE_TYPES.map((n) => n.memoryGib)).toEqual(
      [...CACHE_NODE_TYPES.map((n) => n.memoryGib)].sort((a, b) => a - b),
    );
  });

  it("pick Graviton instances, burstable only when allowed", () => {
    expect(EC2_GRAVITON_TYPES.every((t) => /^(t4g|m7g)\./.test(t.name))).toBe(true);
    expect(ec2TypeFor({ vcpu: 2, memoryGib: 4, allowBurstable: true }).name).toBe("t4g.medium");
    expect(ec2TypeFor({ vcpu: 2, memoryGib: 4, allowBurstable: false }).name).toBe("m7g.large");
    expect(ec2TypeFor({ vcpu: 6, memoryGib: 8, allowBurstable: false }).name).toBe("m7g.2xlarge");
  });
});
