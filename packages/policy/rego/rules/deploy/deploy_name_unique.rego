# METADATA
# title: Names are unique where their service requires it
# description: >-
#   No two resources of a kind share a name in the same region (or in the account, for IAM roles
#   and instance profiles), compared without case as RDS and ElastiCache store identifiers in
#   lower case. A name shortened to fit a limit without a distinguishing hash is the usual cause.
# custom:
#   id: IDIO-DEPLOY-008
#   severity: high
#   deploy: error
#   docs:
#     - https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateReplicationGroup.html
#     - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-friendly-names
#   rationale: >-
#     The second create fails with an AlreadyExists error (cfn-lint E3019 sees duplicates only within
#     one template and only for some types); the two resources cannot both exist, so the plan cannot
#     be applied as written.
package idio.rules.deploy_name_unique

import data.idio.lib
import rego.v1

metadata := rego.metadata.chain()

scope(limit, _) := "the account" if limit.global

scope(limit, node) := lib.aws_region(node) if not limit.global

named contains entry if {
	some limit in input.limits.names
	some node in lib.nodes(limit.kind)
	name := node.props[limit.prop]
	is_string(name)
	entry := {"kind": limit.kind, "prop": limit.prop, "scope": scope(limit, node), "name": lower(name), "id": node.id}
}

deny contains violation if {
	some entry in named
	others := sort([other.id |
		some other in named
		other.kind == entry.kind
		other.scope == entry.scope
		other.name == entry.name
	])
	count(others) > 1
	entry.id != others[0]
	violation := {
		"resource": entry.id,
		"message": sprintf(
			"%s %s of %s is also the %s of %s in %s; %s names must be unique there.",
			[entry.prop, entry.name, entry.id, entry.prop, others[0], entry.scope, entry.kind],
		),
	}
}
