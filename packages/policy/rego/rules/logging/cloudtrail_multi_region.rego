# METADATA
# title: CloudTrail covers every region and global services
# description: Every trail is multi-region and includes global service events (IAM, STS, CloudFront).
# custom:
#   id: IDIO-CT-002
#   severity: medium
#   fixable: true
#   rationale: >-
#     Attackers launch resources in regions nobody watches, and IAM changes are global events;
#     a single-region trail misses both.
#   controls:
#     cis-aws: ["3.1"]
#     pci-dss: ["10.2.1"]
#     hipaa: ["164.312(b)"]
#     soc2: ["CC7.2"]
#     nist-800-53: ["AU-2", "AU-12"]
package idio.rules.cloudtrail_multi_region

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	some node in lib.nodes("aws.cloudtrail.trail")
	not covers_everything(node.props)
	violation := {
		"resource": node.id,
		"message": sprintf("Trail %s does not cover every region and global service events.", [node.id]),
		"fix": [
			{"op": "replace", "path": "/props/isMultiRegionTrail", "value": true},
			{"op": "replace", "path": "/props/includeGlobalServiceEvents", "value": true},
		],
	}
}

covers_everything(props) if {
	props.isMultiRegionTrail == true
	props.includeGlobalServiceEvents == true
}
