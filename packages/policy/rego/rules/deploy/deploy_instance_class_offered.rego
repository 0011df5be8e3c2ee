# METADATA
# title: Database and cache classes are ones the engine offers
# description: >-
#   RDS instances, Aurora cluster instances and ElastiCache replication groups use a class from
#   IDIO's sizing tables for that engine (@idio-iac/core: RDS_INSTANCE_CLASSES,
#   AURORA_INSTANCE_CLASSES, CACHE_NODE_TYPES), and members of an Aurora global database are not
#   burstable (db.t*). IDIO has no per-region availability data; a class from these tables is
#   offered in every region IDIO targets.
# custom:
#   id: IDIO-DEPLOY-009
#   severity: high
#   deploy: error
#   docs:
#     - https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.DBInstanceClass.SupportAurora.html
#     - https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-global-database.html#aurora-global-database.configuration.requirements
#     - https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheNodes.SupportedTypes.html
#   rationale: >-
#     A class the engine does not offer fails CreateDBInstance or CreateReplicationGroup with
#     InvalidParameterCombination, and a burstable class cannot join a global database; neither is
#     visible to terraform plan or cfn-lint, which accept any string.
package idio.rules.deploy_instance_class_offered

import data.idio.lib
import rego.v1

metadata := rego.metadata.chain()

class_prop := {
	"aws.rds.instance": "instanceClass",
	"aws.rds.cluster_instance": "instanceClass",
	"aws.elasticache.replication_group": "nodeType",
}

deny contains violation if {
	some kind, prop in class_prop
	some node in lib.nodes(kind)
	class := node.props[prop]
	is_string(class)
	offered := input.limits.instanceClasses[kind]
	not class in offered
	violation := {
		"resource": node.id,
		"message": sprintf(
			"%s %s of %s is not a class IDIO knows the engine offers (%s).",
			[prop, class, node.id, concat(", ", offered)],
		),
	}
}

# A cluster instance whose cluster belongs to a global database.
in_global_database(instance) if {
	cluster := lib.node(instance.props.clusterIdentifier.ref)
	cluster.props.globalClusterIdentifier.ref
}

deny contains violation if {
	some instance in lib.nodes("aws.rds.cluster_instance")
	startswith(instance.props.instanceClass, "db.t")
	in_global_database(instance)
	violation := {
		"resource": instance.id,
		"message": sprintf(
			"%s runs on %s in an Aurora global database, which does not accept burstable classes.",
			[instance.id, instance.props.instanceClass],
		),
	}
}
