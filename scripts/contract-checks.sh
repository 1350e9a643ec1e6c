#!/usr/bin/env bash
# Contract checks beyond the Maven suite, run by .ci/run:
#   1. Spectral lint of openapi/openapi.yaml (.spectral.yaml: the OpenAPI ruleset plus the
#      project's rules); warnings fail like errors.
#   2. The TypeScript (typescript-fetch) client that the Maven build generates from the
#      contract into target/generated-clients/typescript type-checks with tsc --strict.
# Needs node and npm; installs the two npm packages itself, pinned, into .cache/.
set -euo pipefail
cd "$(dirname "$0")/.."

SPECTRAL_VERSION=6.15.0
TYPESCRIPT_VERSION=5.9.3
TOOLS=.cache/contract-tools

if [[ ! -x "$TOOLS/node_modules/.bin/spectral" || ! -x "$TOOLS/node_modules/.bin/tsc" ]] \
    || ! grep -q "\"version\": \"$SPECTRAL_VERSION\"" "$TOOLS/node_modules/@stoplight/spectral-cli/package.json" 2>/dev/null; then
  echo "contract-checks: installing @stoplight/spectral-cli@$SPECTRAL_VERSION and typescript@$TYPESCRIPT_VERSION"
  mkdir -p "$TOOLS"
  [[ -f "$TOOLS/package.json" ]] || echo '{"name":"contract-tools","private":true}' > "$TOOLS/package.json"
  npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error \
    "@stoplight/spectral-cli@$SPECTRAL_VERSION" "typescript@$TYPESCRIPT_VERSION"
fi

echo "contract-checks: Spectral lint of openapi/openapi.yaml"
"$TOOLS/node_modules/.bin/spectral" lint --fail-severity=warn --ruleset .spectral.yaml openapi/openapi.yaml

TS=target/generated-clients/typescript
if [[ ! -f "$TS/index.ts" || openapi/openapi.yaml -nt "$TS/index.ts" ]]; then
  echo "contract-checks: generating the TypeScript client"
  ./mvnw -B -q generate-resources
fi
echo "contract-checks: type-checking the generated TypeScript client"
"$TOOLS/node_modules/.bin/tsc" --noEmit --strict --target ES2020 --module ES2020 \
  --moduleResolution node --lib ES2020,DOM --skipLibCheck "$TS/index.ts"
echo "contract-checks: OK"
