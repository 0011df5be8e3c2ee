# METADATA
# title: HTTP listeners redirect to HTTPS
# description: >-
#   On a load balancer that has an HTTPS listener, the HTTP listener only redirects to HTTPS and
#   never forwards requests.
# custom:
#   id: IDIO-ELB-002
#   severity: medium
#   fixable: true
#   rationale: >-
#     A forwarding HTTP listener serves the whole application in clear text next to the HTTPS
#     one; links and bookmarks to http:// keep sending cookies and credentials unencrypted.
#   controls:
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     nist-800-53: ["SC-8"]
#     gdpr: ["Art. 32(1)(a)"]
package idio.rules.elb_http_redirect

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	some node in lib.nodes("aws.elbv2.listener")
	node.props.protocol == "HTTP"
	node.props.defaultAction.type == "forward"
	has_https(node.props.loadBalancerArn.ref)
	violation := {
		"resource": node.id,
		"message": sprintf("HTTP listener %s forwards requests instead of redirecting them to HTTPS.", [node.id]),
		"fix": [{"op": "replace", "path": "/props/defaultAction", "value": {
			"type": "redirect",
			"port": "443",
			"protocol": "HTTPS",
			"statusCode": "HTTP_301",
		}}],
	}
}

has_https(lb) if {
	some listener in lib.referrers(lb, "aws.elbv2.listener")
	lib.refers_to(listener.props.loadBalancerArn, lb)
	listener.props.protocol == "HTTPS"
}
