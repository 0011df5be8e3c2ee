import { Type } from "@sinclair/typebox";
import { REGION_NAMES } from "./regions.js";
import { Defaulted } from "./defaulted.js";
import { StringEnum } from "./string-enum.js";

/** How Route 53 spreads requests over the serving regions (docs/compiler.md, Regions and routing). */
export const ROUTING_POLICIES = ["latency", "geolocation", "weighted", "failover"] as const;
export type RoutingPolicy = (typeof ROUTING_POLICIES)[number];

/** Route 53 takes weights from 0 to 255 per record. */
export const MAX_ROUTING_WEIGHT = 255;

export const RegionsSchema = Type.Array(
  StringEnum(REGION_NAMES, { description: "An AWS region that serves traffic." }),
  {
    uniqueItems: true,
    minItems: 1,
    maxItems: 16,
    description:
      "More regions that serve traffic besides `region` (the primary: the global database's writer and the default route). Each runs every tier at full capacity (active-active) with its own VPC, key, alarms and load balancers; data spans them as an Aurora global database, DynamoDB global tables and replicated buckets; each region runs its own cache (with failover routing the standby's joins an ElastiCache Global Datastore). Needs a `domain` when a tier is public; not with disasterRecovery.drRegion.",
    examples: [["us-west-2", "eu-west-1"]],
  },
);

export const RoutingSchema = Type.Object(
  {
    policy: Defaulted(
      StringEnum(ROUTING_POLICIES, {
        description:
          "latency (the default): each user goes to the region with the lowest latency. geolocation: by where the user is (`locations`), everyone else to the primary region. weighted: by `weights`. failover: everything to the primary, to the one region in `regions` (a warm standby) when the primary's health check fails. Every policy but failover is active-active.",
        examples: ["geolocation"],
      }),
      "latency",
    ),
    locations: Type.Optional(
      Type.Record(
        Type.String(),
        Type.Array(Type.String({ minLength: 2, maxLength: 10 }), {
          minItems: 1,
          uniqueItems: true,
        }),
        {
          description:
            "geolocation: for a serving region, the places whose users it serves: continent codes (AF AN AS EU NA OC SA), ISO 3166-1 alpha-2 country codes (DE; country:NA for a country whose code is also a continent's) or US states (US-CA). Places not listed go to the primary region.",
          examples: [{ "eu-west-1": ["EU"], "us-west-2": ["US-WA", "US-OR", "US-CA"] }],
        },
      ),
    ),
    weights: Type.Optional(
      Type.Record(Type.String(), Type.Integer({ minimum: 0, maximum: MAX_ROUTING_WEIGHT }), {
        description:
          "weighted: a weight (0-255) for every serving region, the primary included; each region receives its weight's share of requests. Equal weights when absent.",
        examples: [{ "us-east-1": 50, "us-west-2": 25, "eu-west-1": 25 }],
      }),
    ),
  },
  {
    additionalProperties: false,
    description:
      "How Route 53 sends users to the serving regions, with a health check per region. Only with `regions`.",
  },
);
