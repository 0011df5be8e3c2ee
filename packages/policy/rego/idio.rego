# The two entrypoints every IDIO policy bundle exposes (built-in and user bundles alike):
#
#   idio/findings  every violation of every rule under data.idio.rules, tagged with its rule package
#   idio/rule_metadata  each rule package's METADATA annotations, keyed by package name
#
# A rule is a package `idio.rules.<name>` with a package-scoped METADATA block, a line
# `metadata := rego.metadata.chain()`, and `deny contains violation if { ... }`.
package idio

import rego.v1

findings := [object.union(violation, {"rule": name}) |
	some name
	some violation in data.idio.rules[name].deny
]

rule_metadata[name] := annotations if {
	some name
	some link in data.idio.rules[name].metadata
	link.path == ["idio", "rules", name]
	annotations := link.annotations
}
