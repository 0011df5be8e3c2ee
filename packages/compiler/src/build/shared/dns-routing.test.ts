import { describe, expect, it } from "vitest";
import { siteRecords } from "./dns-routing.js";

describe("siteRecords: a site's routed records", () => {
  it("failover: the primary is PRIMARY, any other site SECONDARY, each named by its region", () => {
    expect(siteRecords("failover", "eu-west-1", true, undefined)).toEqual([
      { setIdentifier: "eu-west-1", policy: { type: "failover", role: "PRIMARY" } },
    ]);
    expect(siteRecords("failover", "eu-central-1", false, undefined)).toEqual([
      { setIdentifier: "eu-central-1", policy: { type: "failover", role: "SECONDARY" } },
    ]);
  });

  it("latency: the site's own region", () => {
    expect(siteRecords("latency", "us-west-2", false, { policy: "latency" })).toEqual([
      { setIdentifier: "us-west-2", policy: { type: "latency", region: "us-west-2" } },
    ]);
  });

  it("weighted: the intent's weight for the region, 1 (equal shares) without one", () => {
    const routing = { policy: "weighted", weights: { "us-east-1": 50, "us-west-2": 25 } };
    expect(siteRecords("weighted", "us-west-2", false, routing)).toEqual([
      { setIdentifier: "us-west-2", policy: { type: "weighted", weight: 25 } },
    ]);
    expect(siteRecords("weighted", "eu-west-1", false, { policy: "weighted" })).toEqual([
      { setIdentifier: "eu-west-1", policy: { type: "weighted", weight: 1 } },
    ]);
  });

  it("geolocation: one record per place, and the primary's default record for every other place", () => {
    const routing = {
      policy: "geolocation",
      locations: { "us-west-2": ["US-WA", "CA", "country:NA"], "us-east-1": ["EU"] },
    };
    expect(siteRecords("geolocation", "us-west-2", false, routing)).toEqual([
      {
        setIdentifier: "us-west-2-US-WA",
        policy: { type: "geolocation", countryCode: "US", subdivisionCode: "WA" },
        idSuffix: "us-wa",
      },
      {
        setIdentifier: "us-west-2-CA",
        policy: { type: "geolocation", countryCode: "CA" },
        idSuffix: "ca",
      },
      // Namibia, not North America.
      {
        setIdentifier: "us-west-2-NA",
        policy: { type: "geolocation", countryCode: "NA" },
        idSuffix: "na",
      },
    ]);
    expect(siteRecords("geolocation", "us-east-1", true, routing)).toEqual([
      {
        setIdentifier: "us-east-1-default",
        policy: { type: "geolocation", countryCode: "*" },
        idSuffix: "default",
      },
      {
        setIdentifier: "us-east-1-EU",
        policy: { type: "geolocation", continentCode: "EU" },
        idSuffix: "eu",
      },
    ]);
  });
});
