# METADATA
# title: Database master passwords are generated and kept in Secrets Manager
# description: >-
#   Every primary RDS instance and Aurora cluster lets RDS generate its master password and keep
#   it in Secrets Manager (`manage_master_user_password`), so no password appears in code, state
#   or templates. Global databases and instances with a cross-region read replica are exempt: RDS
#   does not support a managed password there (IDIO-DEPLOY-010).
# custom:
#   id: IDIO-RDS-006
#   severity: high
#   fixable: true
#   docs: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html
#   rationale: >-
#     A password written in Terraform or CloudFormation lands in state files, plans, CI logs and
#     version control in plain text. A managed master password never leaves Secrets Manager and
#     can be rotated without a deployment.
#   controls:
#     pci-dss: ["8.3.2", "8.6.2"]
#     hipaa: ["164.312(a)(2)(iv)", "164.312(d)"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["IA-5", "IA-5(7)", "SC-28"]
#     gdpr: ["Art. 32(1)(a)"]
package idio.rules.rds_managed_master_password

import data.idio.lib
import rego.v1

metadata := rego.metadata.chain()

deny contains violation if {
	some node in lib.nodes_of({"aws.rds.instance", "aws.rds.cluster"})
	not node.props.replicateSourceDb
	not node.props.globalClusterIdentifier
	not cross_region_replica_source(node)
	not node.props.manageMasterUserPassword == true
	violation := {
		"resource": node.id,
		"message": sprintf("Database %s does not keep its master password in Secrets Manager.", [node.id]),
		"fix": [{"op": "replace", "path": "/props/manageMasterUserPassword", "value": true}],
	}
}

# RDS does not manage the password of an instance with a read replica in another region.
cross_region_replica_source(node) if {
	some replica in lib.referrers(node.id, "aws.rds.instance")
	replica.props.replicateSourceDb.ref == node.id
	replica.region != node.region
}
