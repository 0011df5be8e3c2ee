# METADATA
# title: Resources carry the intent's tags
# description: >-
#   Every taggable resource carries each tag the intent lists under `tags`, with the intent's
#   value, so cost reports, access policies and inventories can find it.
# custom:
#   id: IDIO-TAG-001
#   severity: low
#   fixable: true
#   rationale: >-
#     Untagged resources fall out of cost allocation, ownership lookups and tag-based access
#     control; data classification tags drive which controls apply.
#   controls:
#     pci-dss: ["12.5.1"]
#     hipaa: ["164.310(d)(1)"]
#     soc2: ["CC6.1", "CC3.2"]
#     nist-800-53: ["CM-8", "RA-2"]
#     gdpr: ["Art. 30"]
package idio.rules.required_tags

import rego.v1

metadata := rego.metadata.chain()

# Kinds AWS cannot tag.
untaggable := {
	"aws.ec2.route_table_association",
	"aws.kms.alias",
	"aws.lambda.permission",
	"aws.lambda.event_source_mapping",
	"aws.apigatewayv2.route",
	"aws.apigatewayv2.integration",
	"aws.appautoscaling.policy",
	"aws.backup.selection",
	"aws.wafv2.web_acl_association",
	"aws.sns.subscription",
	"aws.cloudfront.origin_access_control",
	"aws.s3.bucket_policy",
	"aws.cloudwatch.dashboard",
	"aws.rds.global_cluster",
}

deny contains violation if {
	required := object.get(input.context, "tags", {})
	count(required) > 0
	some node in input.graph.nodes
	not untaggable[node.kind]
	tags := object.get(node, "tags", {})

	# Most nodes carry every tag: listing the missing ones only where one is missing.
	lacks(tags, required)
	missing := sort([key | some key, value in required; object.get(tags, key, null) != value])
	violation := {
		"resource": node.id,
		"message": sprintf("%s lacks the intent's tags %s.", [node.id, concat(", ", missing)]),
		"fix": [{"op": "add", "path": sprintf("/tags/%s", [escape(key)]), "value": required[key]} | some key in missing],
	}
}

# Whether a node's tags miss any required tag or value.
lacks(tags, required) if {
	some key, value in required
	object.get(tags, key, null) != value
}

# JSON pointer escaping of a tag key (RFC 6901).
escape(key) := replace(replace(key, "~", "~0"), "/", "~1")
