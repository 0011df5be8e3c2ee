# METADATA
# title: "Evil \u001b[31mtitle\u202e \u0085 ```<b>|"
# description: "Evil description \u001b]8;;http://x\u0007link\u001b]8;;\u0007 <script>alert(1)</script> | `code` **bold**\n# heading"
# custom:
#   id: EVIL-TXT-001
#   severity: high
#   fixable: true
#   rationale: "Evil rationale \u001b[2J\u202e\u2066 [x](javascript:alert(1))"
#   controls:
#     soc2: ["CC\u001b[31m1.1\u202e"]
package idio.rules.evil_text

import rego.v1

metadata := rego.metadata.chain()

# Every database without the tag: a finding whose message and fix carry terminal escapes and bidi overrides.
deny contains violation if {
	some node in input.graph.nodes
	node.kind == "aws.rds.instance"
	not node.tags.evil
	violation := {
		"resource": node.id,
		"message": sprintf("Evil message on %s \u001b[31mred\u001b[0m \u202eevil\u202c \u0000nul \u009bC1 \r\nforged line", [node.id]),
		"fix": [{"op": "add", "path": "/tags/evil", "value": "fix \u001b[31mvalue\u202e"}],
	}
}
