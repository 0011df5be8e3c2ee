# METADATA
# title: Internet-facing load balancers serve HTTPS
# description: >-
#   When the intent asks for encryption in transit, every internet-facing load balancer has an
#   HTTPS listener, which needs a certificate for the intent's `domain`.
# custom:
#   id: IDIO-ELB-003
#   severity: medium
#   fixable: false
#   rationale: >-
#     Without HTTPS, every request and response, including session cookies and form posts,
#     crosses the internet readable and modifiable by anyone on the path.
#   controls:
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     soc2: ["CC6.7"]
#     nist-800-53: ["SC-8", "SC-8(1)"]
#     gdpr: ["Art. 32(1)(a)"]
package idio.rules.elb_https_required

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	lib.encryption_in_transit
	some lb in lib.nodes("aws.elbv2.load_balancer")
	lb.props.internal == false
	not has_https(lb.id)
	violation := {
		"resource": lb.id,
		"message": sprintf("Internet-facing load balancer %s has no HTTPS listener; set the intent's domain so IDIO can request a certificate.", [lb.id]),
		"intent": "/domain",
	}
}

has_https(lb) if {
	some listener in lib.referrers(lb, "aws.elbv2.listener")
	lib.refers_to(listener.props.loadBalancerArn, lb)
	listener.props.protocol == "HTTPS"
}
