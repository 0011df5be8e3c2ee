# METADATA
# title: Data stores accept traffic only from named security groups
# description: >-
#   Security groups of databases and caches allow ingress only from other security groups, never
#   from an address range.
# custom:
#   id: IDIO-SG-003
#   severity: medium
#   fixable: false
#   rationale: >-
#     An address range admits everything that ever runs in it, including a compromised host in
#     another tier. A security group reference admits exactly the tiers that connect to the store.
#   controls:
#     pci-dss: ["1.3.1", "1.4.4", "7.2.1"]
#     hipaa: ["164.312(a)(1)"]
#     soc2: ["CC6.1", "CC6.6"]
#     nist-800-53: ["AC-4", "SC-7", "AC-6"]
#     gdpr: ["Art. 25(2)"]
package idio.rules.sg_data_store_cidr_ingress

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	some rule in lib.nodes("aws.ec2.security_group_ingress")
	lib.data_store_group(rule.props.securityGroupId.ref)
	rule.props.cidrIpv4
	not lib.anywhere(rule.props.cidrIpv4)
	violation := {
		"resource": rule.id,
		"message": sprintf("Ingress rule %s admits the address range %s to a data store; reference the client's security group instead.", [rule.id, rule.props.cidrIpv4]),
	}
}
