# Every Allow statement of every IAM role and bucket policy, flattened for the IAM rules.
package idio.lib

import rego.v1

allow_statements contains statement if {
	some node in nodes("aws.iam.role")
	some policy in node.props.inlinePolicies
	some s in policy.statements
	s.effect == "Allow"
	statement := {"node": node.id, "kind": node.kind, "sid": s.sid, "actions": s.actions, "resources": s.resources}
}

allow_statements contains statement if {
	some node in nodes("aws.s3.bucket_policy")
	some s in node.props.statements
	s.effect == "Allow"
	statement := {"node": node.id, "kind": node.kind, "sid": s.sid, "actions": s.actions, "resources": s.resources}
}
