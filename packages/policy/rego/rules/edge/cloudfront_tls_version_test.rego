package idio.test.cloudfront_tls_version

import rego.v1

import data.idio.rules.cloudfront_tls_version as rule

cdn(version) := {"id": "site.cdn", "kind": "aws.cloudfront.distribution", "props": {"certificateArn": {"ref": "site.cert", "attr": "arn"}, "minimumProtocolVersion": version}}

test_passes_with_tls12 if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [cdn("TLSv1.2_2021")]}, "context": {}}
}

test_fails_with_tls1 if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [cdn("TLSv1")]}, "context": {}}
}
