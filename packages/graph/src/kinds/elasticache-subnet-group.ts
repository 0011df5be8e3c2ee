import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.elasticache.subnet_group`: Subnets a cache may use. */
export interface CacheSubnetGroupProps {
  readonly name: string;
  readonly description: string;
  readonly subnetIds: readonly Ref[];
}

export const cacheSubnetGroupKind = declareKind<CacheSubnetGroupProps>()({
  kind: "aws.elasticache.subnet_group",
  group: "data",
  attrs: ["id", "name"],
  description: "Subnets a cache may use.",
});
