package idio.test.cloudfront_https_only

import rego.v1

import data.idio.rules.cloudfront_https_only as rule

cdn(policy) := {"id": "site.cdn", "kind": "aws.cloudfront.distribution", "props": {"viewerProtocolPolicy": policy}}

test_passes_when_redirecting if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [cdn("redirect-to-https")]}, "context": {}}
}

test_fails_when_allowing_http if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [cdn("allow-all")]}, "context": {}}
}
