import { single, type CloudFormationMapping } from "./mapping.js";

export const ecrReplicationConfigurationCloudFormation: CloudFormationMapping<"aws.ecr.replication_configuration"> =
  {
    kind: "aws.ecr.replication_configuration",
    attrs: { registryId: "Ref" },
    resources: single("AWS::ECR::ReplicationConfiguration"),
    emit(node, ctx) {
      ctx.add(node, "AWS::ECR::ReplicationConfiguration", {
        ReplicationConfiguration: {
          Rules: node.props.rules.map((rule) => ({
            Destinations: rule.destinations.map((d) => ({
              Region: d.region,
              RegistryId: ctx.value(d.registryId, node),
            })),
            RepositoryFilters: rule.repositoryPrefixes.map((filter) => ({
              Filter: filter,
              FilterType: "PREFIX_MATCH",
            })),
          })),
        },
      });
    },
  };
