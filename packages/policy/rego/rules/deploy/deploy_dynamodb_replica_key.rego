# METADATA
# title: Every replica of a global table on a customer-managed key has its own key
# description: >-
#   A DynamoDB global table encrypted with a customer-managed key names a key in each replica
#   region: `replicaRegions` entries as `{region, kmsKeyArn}`, or `replicaKmsKeyArns` keyed by
#   region.
# custom:
#   id: IDIO-DEPLOY-011
#   severity: high
#   deploy: error
#   docs: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/V2globaltables_reqs_bestpractices.html
#   rationale: >-
#     A replica of a table on a customer-managed key without a key fails with ValidationException
#     (Terraform), and CloudFormation's AWS::DynamoDB::GlobalTable silently encrypts it with the
#     AWS-managed key instead, so the replica does not meet the encryption the intent asked for.
package idio.rules.deploy_dynamodb_replica_key

import data.idio.lib
import rego.v1

metadata := rego.metadata.chain()

replica_region(replica) := replica if is_string(replica)

replica_region(replica) := replica.region if is_object(replica)

has_key(_, replica) if replica.kmsKeyArn

has_key(table, replica) if table.props.replicaKmsKeyArns[replica_region(replica)]

deny contains violation if {
	some table in lib.nodes("aws.dynamodb.table")
	table.props.serverSideEncryption.kmsKeyArn
	some replica in table.props.replicaRegions
	not has_key(table, replica)
	violation := {
		"resource": table.id,
		"message": sprintf(
			"Table %s is encrypted with a customer-managed key but its replica in %s names no key.",
			[table.id, replica_region(replica)],
		),
	}
}
