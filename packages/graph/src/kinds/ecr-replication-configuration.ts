import type { Pseudo } from "../values.js";
import { declareKind } from "./declare-kind.js";

/**
 * `aws.ecr.replication_configuration`: the private registry's replication configuration. There is
 * one per account and region, so it is registry-wide: applying it replaces any other rules the
 * registry has. IDIO restricts each rule to the repositories its tiers pull from (prefix filters):
 * https://docs.aws.amazon.com/AmazonECR/latest/userguide/replication.html
 */
export interface EcrReplicationConfigurationProps {
  readonly rules: readonly {
    /** Regions to copy to, in this account's registry. */
    readonly destinations: readonly { readonly region: string; readonly registryId: Pseudo }[];
    /** Repository name prefixes (`PREFIX_MATCH`); images pushed to other repositories stay put. */
    readonly repositoryPrefixes: readonly string[];
  }[];
}

export const ecrReplicationConfigurationKind = declareKind<EcrReplicationConfigurationProps>()({
  kind: "aws.ecr.replication_configuration",
  group: "compute",
  attrs: ["registryId"],
  description: "The private ECR registry's (registry-wide) cross-region replication rules.",
});
