# METADATA
# title: S3 buckets refuse requests without TLS
# description: >-
#   Every S3 bucket has a bucket policy statement that denies any request made without TLS
#   (`aws:SecureTransport` = false).
# custom:
#   id: IDIO-S3-003
#   severity: medium
#   fixable: true
#   rationale: >-
#     S3 accepts plain HTTP unless a bucket policy forbids it. Denying insecure transport makes
#     every client, including misconfigured SDKs and scripts, use TLS.
#   controls:
#     cis-aws: ["2.1.1"]
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     soc2: ["CC6.7"]
#     nist-800-53: ["SC-8", "SC-8(1)"]
#     gdpr: ["Art. 32(1)(a)"]
package idio.rules.s3_deny_insecure_transport

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	some bucket in lib.nodes("aws.s3.bucket")
	policies := [p | some p in lib.referrers(bucket.id, "aws.s3.bucket_policy"); lib.refers_to(p.props.bucket, bucket.id)]
	not denies_insecure_transport(policies)
	violation := object.union(
		{
			"resource": bucket.id,
			"message": sprintf("Bucket %s accepts requests without TLS: no policy statement denies aws:SecureTransport = false.", [bucket.id]),
		},
		fix(bucket, policies),
	)
}

denies_insecure_transport(policies) if {
	some policy in policies
	some statement in policy.props.statements
	statement.effect == "Deny"
	statement.conditions.Bool["aws:SecureTransport"] == ["false"]
}

statement(bucket) := {
	"sid": "DenyInsecureTransport",
	"effect": "Deny",
	"actions": ["s3:*"],
	"resources": [lib.ref(bucket.id, "arn"), {"join": [lib.ref(bucket.id, "arn"), "/*"]}],
	"principals": {"aws": ["*"]},
	"conditions": {"Bool": {"aws:SecureTransport": ["false"]}},
}

# The bucket already has a policy: add the statement to it.
fix(bucket, policies) := {"fix_resource": policies[0].id, "fix": [{"op": "add", "path": "/props/statements/-", "value": statement(bucket)}]} if {
	count(policies) > 0
}

# No policy yet: add one.
fix(bucket, policies) := {"add_nodes": [{
	"id": sprintf("%s-policy", [bucket.id]),
	"kind": "aws.s3.bucket_policy",
	"tier": bucket.tier,
	"region": bucket.region,
	"props": {"bucket": lib.ref(bucket.id, "id"), "statements": [statement(bucket)]},
	"dependsOn": [],
	"tags": {},
	"reason": {
		"summary": "Bucket policy that denies requests without TLS (added by policy IDIO-S3-003).",
		"pointers": object.get(bucket, ["reason", "pointers"], []),
		"calculation": [],
	},
}]} if {
	count(policies) == 0
}
