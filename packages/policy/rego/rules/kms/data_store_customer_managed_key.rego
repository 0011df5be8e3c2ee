# METADATA
# title: Data stores use a customer-managed KMS key
# description: >-
#   When the intent asks for encryption at rest (the default) or lists a framework other than
#   GDPR alone, databases, DynamoDB tables, caches, queues, streams, secrets and backup vaults
#   are encrypted with a customer-managed KMS key in their region.
# custom:
#   id: IDIO-KMS-002
#   severity: medium
#   fixable: true
#   rationale: >-
#     AWS-managed keys cannot be restricted, disabled or audited separately. A customer-managed
#     key's policy decides who may decrypt, and disabling it makes the data unreadable at once.
#   controls:
#     pci-dss: ["3.5.1", "3.6.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["SC-12", "SC-28(1)"]
#     gdpr: ["Art. 32(1)(a)"]
package idio.rules.data_store_customer_managed_key

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

# Where each kind keeps its key (a JSON pointer into the node).
key_path := {
	"aws.rds.instance": "/props/kmsKeyId",
	"aws.rds.cluster": "/props/kmsKeyId",
	"aws.dynamodb.table": "/props/serverSideEncryption/kmsKeyArn",
	"aws.elasticache.replication_group": "/props/kmsKeyId",
	"aws.sqs.queue": "/props/kmsMasterKeyId",
	"aws.kinesis.stream": "/props/encryption/kmsKeyId",
	"aws.secretsmanager.secret": "/props/kmsKeyId",
	"aws.backup.vault": "/props/kmsKeyArn",
}

required if lib.encryption_at_rest

required if {
	some f in input.context.compliance
	f != "gdpr"
}

deny contains violation if {
	required
	some kind, path in key_path
	some node in lib.nodes(kind)
	not has_key(node, path)
	not node.props.replicateSourceDb
	violation := object.union(
		{
			"resource": node.id,
			"message": sprintf("%s %s is not encrypted with a customer-managed KMS key.", [node.kind, node.id]),
			"intent": "/security/encryptionAtRest",
		},
		fix(node, path),
	)
}

has_key(node, path) if {
	parts := array.slice(split(path, "/"), 1, 10)
	object.get(node, parts, null) != null
}

fix(node, path) := {"fix": array.concat(
	[{"op": "add", "path": path, "value": lib.ref(lib.kms_key(node.region), "arn")}],
	[{"op": "replace", "path": "/props/serverSideEncryption/enabled", "value": true} | node.kind == "aws.dynamodb.table"],
)} if {
	lib.kms_key(node.region)
}

fix(node, _) := {} if not lib.kms_key(node.region)
