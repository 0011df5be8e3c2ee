# METADATA
# title: A rule whose documentation link is not a URL
# custom:
#   id: ACME-DOCS-001
#   severity: low
#   docs: see the wiki
package idio.rules.bad_docs

import rego.v1

metadata := rego.metadata.chain()

deny contains violation if {
	false
	violation := {"message": "never"}
}
