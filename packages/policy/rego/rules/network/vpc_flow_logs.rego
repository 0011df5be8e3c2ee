# METADATA
# title: VPCs record flow logs
# description: Every VPC has a flow log that records all traffic (or at least rejected traffic).
# custom:
#   id: IDIO-VPC-001
#   severity: medium
#   fixable: false
#   rationale: >-
#     Flow logs are the only record of which addresses talked to which, needed to investigate an
#     intrusion or data exfiltration and to spot scanning.
#   controls:
#     cis-aws: ["3.7"]
#     pci-dss: ["10.2.1"]
#     hipaa: ["164.312(b)"]
#     soc2: ["CC7.2"]
#     nist-800-53: ["AU-12", "SI-4"]
#     gdpr: ["Art. 33"]
package idio.rules.vpc_flow_logs

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	some vpc in lib.nodes("aws.ec2.vpc")
	not logged(vpc)
	violation := {
		"resource": vpc.id,
		"message": sprintf("VPC %s has no flow log.", [vpc.id]),
	}
}

logged(vpc) if {
	some log in lib.referrers(vpc.id, "aws.ec2.flow_log")
	lib.refers_to(log.props.vpcId, vpc.id)
	log.props.trafficType in {"ALL", "REJECT"}
}
