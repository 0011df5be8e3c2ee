# METADATA
# title: Data stores declare their data classification
# description: >-
#   Every bucket, database and table carries a `data-classification` tag (public, internal,
#   confidential or restricted), which ACME's access reviews and DLP scans key on.
# custom:
#   id: ACME-TAG-001
#   severity: medium
#   fixable: false
#   rationale: >-
#     ACME classifies data before it is stored; an unclassified store is reviewed as restricted
#     and blocks the release until someone classifies it.
#   controls:
#     soc2: ["C1.1"]
#     gdpr: ["Art. 30"]
package idio.rules.acme_data_classification

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

stores := {"aws.s3.bucket", "aws.rds.instance", "aws.rds.cluster", "aws.dynamodb.table"}

classes := {"public", "internal", "confidential", "restricted"}

deny contains violation if {
	some node in input.graph.nodes
	node.kind in stores
	not object.get(node, ["tags", "data-classification"], "") in classes
	violation := {
		"resource": node.id,
		"message": sprintf("%s has no valid data-classification tag; add one under the intent's tags.", [node.id]),
		"intent": "/tags",
	}
}
