import { EcrReplicationConfiguration } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const ecrReplicationConfigurationTerraform: TerraformMapping<"aws.ecr.replication_configuration"> =
  {
    kind: "aws.ecr.replication_configuration",
    type: EcrReplicationConfiguration.tfResourceType,
    attrs: { registryId: "registry_id" },
    resources: single(EcrReplicationConfiguration.tfResourceType),
    emit(node, ctx) {
      ctx.create(node, EcrReplicationConfiguration, {
        replicationConfiguration: {
          rule: node.props.rules.map((rule) => ({
            destination: rule.destinations.map((d) => ({
              region: d.region,
              registryId: ctx.value(d.registryId, node),
            })),
            repositoryFilter: rule.repositoryPrefixes.map((filter) => ({
              filter,
              filterType: "PREFIX_MATCH",
            })),
          })),
        },
      });
    },
  };
