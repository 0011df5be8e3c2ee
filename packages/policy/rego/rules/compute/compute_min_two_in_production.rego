# METADATA
# title: Production compute runs at least two copies
# description: >-
#   In production, ECS services, their scaling targets and Auto Scaling groups keep at least two
#   tasks or instances, so one can fail or be replaced while the other serves. A pilot light's
#   copy outside the primary region, switched off at zero until failover, serves nothing and is
#   exempt.
# custom:
#   id: IDIO-HA-001
#   severity: medium
#   fixable: true
#   rationale: >-
#     A single copy makes every deployment, host failure and Availability Zone outage an outage
#     of the tier. Two copies spread across zones keep serving.
#   controls:
#     soc2: ["A1.1", "A1.2"]
#     nist-800-53: ["CP-7", "SC-36"]
#     gdpr: ["Art. 32(1)(b)"]
package idio.rules.compute_min_two_in_production

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

# kind -> the prop holding the minimum number of copies
minimum_prop := {
	"aws.ecs.service": "desiredCount",
	"aws.appautoscaling.target": "minCapacity",
	"aws.autoscaling.group": "minSize",
}

deny contains violation if {
	lib.production
	some kind, prop in minimum_prop
	some node in lib.nodes(kind)
	node.props[prop] < 2
	not switched_off(node, prop)
	violation := {
		"resource": node.id,
		"message": sprintf("Production %s %s runs %d copy (%s); at least 2 are needed.", [node.kind, node.id, node.props[prop], prop]),
		"intent": intent(node),
		"fix": fix(node, prop),
	}
}

# A pilot light (docs/compiler.md, "Recovery"): the tier is built outside the primary region at
# zero and started at the primary's capacity on failover.
switched_off(node, prop) if {
	object.get(node, "region", "primary") != "primary"
	node.props[prop] == 0
}

fix(node, prop) := array.concat(
	[{"op": "replace", "path": sprintf("/props/%s", [prop]), "value": 2}],
	[{"op": "replace", "path": "/props/desiredCapacity", "value": 2} |
		node.kind == "aws.autoscaling.group"
		node.props.desiredCapacity < 2
	],
)

intent(node) := sprintf("%s/scaling/min", [lib.tier_pointer(node)]) if lib.tier_pointer(node)

intent(node) := "/environment" if not lib.tier_pointer(node)
