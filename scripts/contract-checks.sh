#!/usr/bin/env bash
# Contract checks beyond the Maven suite, run by .ci/run:
#   1. Spectral lint of openapi/openapi.yaml (.spectral.yaml: the OpenAPI ruleset plus the
#      project's rules); warnings fail like errors.
#   2. The TypeScript (typescript-fetch) client that the Maven build generates from the
#      contract into target/generated-clients/typescript compiles with tsc --strict, is packed
#      as an npm tarball, and type-checks in a scratch project (scripts/typescript-client.sh).
# Needs node and npm; installs Spectral (here) and TypeScript (there) itself, pinned, into .cache/.
set -euo pipefail
cd "$(dirname "$0")/.."

SPECTRAL_VERSION=6.15.0
TOOLS=.cache/contract-tools

if [[ ! -x "$TOOLS/node_modules/.bin/spectral" ]] \
    || ! grep -q "\"version\": \"$SPECTRAL_VERSION\"" "$TOOLS/node_modules/@stoplight/spectral-cli/package.json" 2>/dev/null; then
  echo "contract-checks: installing @stoplight/spectral-cli@$SPECTRAL_VERSION"
  mkdir -p "$TOOLS"
  [[ -f "$TOOLS/package.json" ]] || echo '{"name":"contract-tools","private":true}' > "$TOOLS/package.json"
  npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error "@stoplight/spectral-cli@$SPECTRAL_VERSION"
fi

echo "contract-checks: Spectral lint of openapi/openapi.yaml"
"$TOOLS/node_modules/.bin/spectral" lint --fail-severity=warn --ruleset .spectral.yaml openapi/openapi.yaml

scripts/typescript-client.sh
echo "contract-checks: OK"
