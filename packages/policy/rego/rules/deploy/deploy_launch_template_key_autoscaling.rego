# METADATA
# title: A launch template's EBS key admits the Auto Scaling service-linked role
# description: >-
#   When a launch template encrypts its volumes with a customer-managed key, that key's policy lets
#   the Auto Scaling service-linked role (AWSServiceRoleForAutoScaling) use it: the key lists
#   `autoscaling` in `servicePrincipals` or in `serviceLinkedRoles`.
# custom:
#   id: IDIO-DEPLOY-012
#   severity: high
#   deploy: error
#   docs: https://docs.aws.amazon.com/autoscaling/ec2/userguide/key-policy-requirements-EBS-encryption.html
#   rationale: >-
#     Auto Scaling launches instances as its service-linked role; without kms:CreateGrant and
#     decrypt rights on the key, every launch fails (Client.InternalError) and the group retries
#     forever with no instance ever running.
package idio.rules.deploy_launch_template_key_autoscaling

import data.idio.lib
import rego.v1

metadata := rego.metadata.chain()

autoscaling(name) if name in {"autoscaling", "autoscaling.amazonaws.com", "AWSServiceRoleForAutoScaling"}

admits_autoscaling(key) if {
	some name in object.get(key.props, "servicePrincipals", [])
	autoscaling(name)
}

admits_autoscaling(key) if {
	some name in object.get(key.props, "serviceLinkedRoles", [])
	autoscaling(name)
}

deny contains violation if {
	some template in lib.nodes("aws.ec2.launch_template")
	key := lib.node(template.props.rootVolume.kmsKeyId.ref)
	not admits_autoscaling(key)
	violation := {
		"resource": template.id,
		"message": sprintf(
			"Launch template %s encrypts volumes with %s, whose policy does not admit the Auto Scaling service-linked role; no instance can launch.",
			[template.id, key.id],
		),
	}
}
