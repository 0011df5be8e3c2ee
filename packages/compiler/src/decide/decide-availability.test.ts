import { describe, expect, it } from "vitest";
import { decideAvailability, zoneNames } from "./decide-availability.js";
import { baseDocument, resolveIntent } from "../test-support/intents.js";

describe("decideAvailability", () => {
  it.each([
    ["99.9", "development", 2, false, false, false],
    ["99.95", "staging", 2, true, false, false],
    ["99.99", "production", 3, true, true, false],
    ["99.999", "production", 3, true, true, true],
  ] as const)(
    "%s in %s: %i AZs",
    (availability, environment, zones, multiAz, replicas, standby) => {
      const decision = decideAvailability(
        resolveIntent(baseDocument({ availability, environment })),
      );
      expect(decision.zoneCount).toBe(zones);
      expect(decision.multiAzData).toBe(multiAz);
      expect(decision.readReplicas).toBe(replicas);
      expect(decision.warmStandby).toBe(standby);
      expect(decision.natPerZone).toBe(environment === "production");
    },
  );

  it("always gives production Multi-AZ data, even at 99.9", () => {
    const decision = decideAvailability(resolveIntent(baseDocument({ availability: "99.9" })));
    expect(decision.multiAzData).toBe(true);
  });

  it("names zones literally, honouring regions without a b or c zone", () => {
    expect(zoneNames("us-east-1", 3)).toEqual(["us-east-1a", "us-east-1b", "us-east-1c"]);
    expect(zoneNames("ap-northeast-1", 3)).toEqual([
      "ap-northeast-1a",
      "ap-northeast-1c",
      "ap-northeast-1d",
    ]);
    expect(zoneNames("ca-central-1", 3)).toEqual([
      "ca-central-1a",
      "ca-central-1b",
      "ca-central-1d",
    ]);
  });

  it("caps the zones at what the region offers", () => {
    const decision = decideAvailability(
      resolveIntent(baseDocument({ availability: "99.99", region: "us-west-1" })),
    );
    expect(decision.zonesWanted).toBe(3);
    expect(decision.zones).toEqual(["us-west-1a", "us-west-1c"]);
  });
});
