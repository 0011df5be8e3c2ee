# METADATA
# title: Load balancers inside the VPC serve HTTPS under PCI-DSS and HIPAA
# description: >-
#   Under PCI-DSS or HIPAA, every internal load balancer, including one that CloudFront reaches through a
#   VPC origin, terminates TLS, so data is encrypted on every hop and not only between the viewer and the edge.
# custom:
#   id: IDIO-ELB-007
#   severity: medium
#   fixable: false
#   rationale: >-
#     Without a certificate of its own, the load balancer receives requests from CloudFront or from other
#     tiers as plain HTTP inside the VPC: cardholder or health data is readable by anything that can capture
#     traffic there. An internal load balancer gets a certificate from the intent's domain.
#   controls:
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
package idio.rules.elb_tls_inside_vpc

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	lib.any_framework(["pci-dss", "hipaa"])
	some lb in lib.nodes("aws.elbv2.load_balancer")
	lb.props.internal == true
	not has_https(lb.id)
	violation := {
		"resource": lb.id,
		"message": message(lb.id),
		"intent": intent(lb),
	}
}

# Located at the tier the load balancer serves (the domain it lacks has no line of its own).
intent(lb) := lib.tier_pointer(lb) if lib.tier_pointer(lb)

intent(lb) := "/domain" if not lib.tier_pointer(lb)

message(lb) := sprintf("CloudFront reaches load balancer %s through its VPC origin over plain HTTP: without a domain the load balancer has no certificate, so only the viewer's leg to CloudFront is encrypted. Add the intent's domain to encrypt the origin leg too.", [lb]) if {
	behind_cloudfront(lb)
}

message(lb) := sprintf("Internal load balancer %s listens on plain HTTP: without a domain it has no certificate, so tiers call it unencrypted inside the VPC. Add the intent's domain so it terminates TLS.", [lb]) if {
	not behind_cloudfront(lb)
}

behind_cloudfront(lb) if {
	some origin in lib.referrers(lb, "aws.cloudfront.vpc_origin")
	lib.refers_to(origin.props.loadBalancerArn, lb)
}

has_https(lb) if {
	some listener in lib.referrers(lb, "aws.elbv2.listener")
	lib.refers_to(listener.props.loadBalancerArn, lb)
	listener.props.protocol == "HTTPS"
}
