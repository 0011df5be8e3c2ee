# METADATA
# title: No RDS-managed master password where RDS does not support it
# description: >-
#   An Aurora cluster in a global database, and an RDS instance with a cross-region read replica,
#   do not use an RDS-managed master password (`manage_master_user_password`): Secrets Manager
#   integration does not support either.
# custom:
#   id: IDIO-DEPLOY-010
#   severity: high
#   deploy: error
#   docs: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html#rds-secrets-manager-limitations
#   rationale: >-
#     AWS lists global databases and cross-region read replicas under "Limitations for Secrets
#     Manager integration"; the create or the replica fails, and a secret kept in the primary
#     region is unreachable in the disaster the DR region exists for.
package idio.rules.deploy_managed_password_cross_region

import data.idio.lib
import rego.v1

metadata := rego.metadata.chain()

deny contains violation if {
	some cluster in lib.nodes("aws.rds.cluster")
	cluster.props.globalClusterIdentifier.ref
	cluster.props.manageMasterUserPassword == true
	violation := {
		"resource": cluster.id,
		"message": sprintf(
			"Aurora cluster %s is in a global database and has an RDS-managed master password, which RDS does not support there.",
			[cluster.id],
		),
	}
}

deny contains violation if {
	some source in lib.nodes("aws.rds.instance")
	source.props.manageMasterUserPassword == true
	some replica in lib.referrers(source.id, "aws.rds.instance")
	replica.props.replicateSourceDb.ref == source.id
	lib.aws_region(replica) != lib.aws_region(source)
	violation := {
		"resource": source.id,
		"message": sprintf(
			"RDS instance %s has a cross-region read replica (%s in %s) and an RDS-managed master password, which RDS does not support together.",
			[source.id, replica.id, lib.aws_region(replica)],
		),
	}
}
