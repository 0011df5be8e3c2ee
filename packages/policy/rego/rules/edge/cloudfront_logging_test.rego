package idio.test.cloudfront_logging

import rego.v1

import data.idio.rules.cloudfront_logging as rule

cdn(logging) := {"id": "site.cdn", "kind": "aws.cloudfront.distribution", "region": "primary", "props": logging}

prod := {"environment": "production", "compliance": []}

test_passes_with_logging if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [cdn({"logging": {"prefix": "cf/"}})]}, "context": prod}
}

test_fails_without_logging if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [cdn({})]}, "context": prod}
}
