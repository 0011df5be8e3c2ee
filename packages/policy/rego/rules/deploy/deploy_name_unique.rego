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

# One entry per named node. `key` is what must be unique: kind, scope and name, compared without
# case (kinds and scopes hold no line break, so a key splits one way only). A list, not a set:
# the entries are grouped by key below, so nothing is gained by hashing each one here.
named := [entry |
	some limit in input.limits.names
	some node in lib.nodes(limit.kind)
	name := node.props[limit.prop]
	is_string(name)
	where := scope(limit, node)
	lowered := lower(name)
	entry := {
		"kind": limit.kind, "prop": limit.prop, "scope": where, "name": lowered, "id": node.id,
		"key": concat("\n", [limit.kind, where, lowered]),
	}
]

# The ids holding each key, and the first of them (sorted). Grouping through an object keeps the
# rule linear; comparing every entry with every other was quadratic (seconds at 5,000 nodes).
holders[entry.key] contains entry.id if some entry in named

# Only names held more than once: most are unique, and their entries look nothing up.
first_holder[key] := min(ids) if {
	some key, ids in holders
	count(ids) > 1
}

deny contains violation if {
	some entry in named
	first := first_holder[entry.key]
	entry.id != first
	violation := {
		"resource": entry.id,
		# concat, not sprintf: every argument is a string, and sprintf is a call out of the wasm
		# into JavaScript (thousands of findings on a graph whose names collide).
		"message": concat("", [
			entry.prop, " ", entry.name, " of ", entry.id, " is also the ", entry.prop, " of ", first,
			" in ", entry.scope, "; ", entry.kind, " names must be unique there.",
		]),
	}
}
