import { describe, expect, it } from "vitest";
import { availabilityZone } from "./availability-zone.js";
import { unguardedDeferredUses } from "./deferred-guards.js";

const deferred = new Set(["DrVaultArn", "DrKeyArn"]);
const conditions = {
  HasDrVaultArn: { "Fn::Not": [{ "Fn::Equals": [{ Ref: "DrVaultArn" }, ""] }] },
  HasDrKeyArn: { "Fn::Not": [{ "Fn::Equals": [{ Ref: "DrKeyArn" }, ""] }] },
  HasDrKeyArnAndDrVaultArn: {
    "Fn::And": [{ Condition: "HasDrKeyArn" }, { Condition: "HasDrVaultArn" }],
  },
};
const noValue = { Ref: "AWS::NoValue" };

describe("unguardedDeferredUses", () => {
  it("finds a deferred parameter used outside its condition (Ref and Fn::Sub)", () => {
    expect(
      unguardedDeferredUses(
        {
          Conditions: conditions,
          Resources: {
            Plan: { Properties: { Copy: { Ref: "DrVaultArn" } } },
            Role: { Properties: { Resource: { "Fn::Sub": "${DrKeyArn}/*" } } },
          },
        },
        deferred,
      ),
    ).toEqual([
      "Resources/Plan/Properties/Copy: DrVaultArn",
      "Resources/Role/Properties/Resource/Fn::Sub: DrKeyArn",
    ]);
  });

  it("accepts uses in the true branch of Fn::If on the parameter's condition or an And of it", () => {
    expect(
      unguardedDeferredUses(
        {
          Conditions: conditions,
          Resources: {
            Plan: {
              Properties: { Copy: { "Fn::If": ["HasDrVaultArn", { Ref: "DrVaultArn" }, noValue] } },
            },
            Bucket: {
              Properties: {
                Replication: {
                  "Fn::If": [
                    "HasDrKeyArnAndDrVaultArn",
                    { Key: { Ref: "DrKeyArn" }, Vault: { "Fn::Sub": "${DrVaultArn}" } },
                    noValue,
                  ],
                },
              },
            },
          },
        },
        deferred,
      ),
    ).toEqual([]);
  });

  it("a condition on another parameter, or the false branch, does not guard", () => {
    expect(
      unguardedDeferredUses(
        {
          Conditions: conditions,
          Resources: {
            A: { Properties: { X: { "Fn::If": ["HasDrKeyArn", { Ref: "DrVaultArn" }, noValue] } } },
            B: {
              Properties: { X: { "Fn::If": ["HasDrVaultArn", noValue, { Ref: "DrVaultArn" }] } },
            },
          },
        },
        deferred,
      ),
    ).toEqual([
      "Resources/A/Properties/X/Fn::If/1: DrVaultArn",
      "Resources/B/Properties/X/Fn::If/2: DrVaultArn",
    ]);
  });
});

describe("availabilityZone", () => {
  it("selects by the zone's letter from the stack region's zones", () => {
    expect(availabilityZone("eu-west-1a")).toEqual({ "Fn::Select": [0, { "Fn::GetAZs": "" }] });
    expect(availabilityZone("us-east-1f")).toEqual({ "Fn::Select": [5, { "Fn::GetAZs": "" }] });
    expect(availabilityZone("ap-southeast-2c")).toEqual({
      "Fn::Select": [2, { "Fn::GetAZs": "" }],
    });
    expect(availabilityZone(undefined)).toBeUndefined();
  });

  it("refuses what is not a zone name (a zone id, a region)", () => {
    expect(() => availabilityZone("use1-az1")).toThrow(/not an availability zone name/);
    expect(() => availabilityZone("eu-west-1")).toThrow(/not an availability zone name/);
  });
});
