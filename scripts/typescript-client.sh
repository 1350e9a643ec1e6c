#!/usr/bin/env bash
# The TypeScript client as an npm package, run by .ci/run (through scripts/contract-checks.sh):
#   1. compiles the client that the Maven build generates from the contract
#      (target/generated-clients/typescript) with tsc --strict into CommonJS, ES modules and
#      .d.ts types, and packs it: target/clients/asf-register-client-<version>.tgz;
#   2. installs that tarball into a scratch npm project, where src/test/typescript/consumer.ts
#      must type-check and src/test/typescript/wrong-use.ts must not, and the CommonJS build
#      must load in node.
# Needs node and npm; installs the pinned TypeScript into .cache/ (shared with contract-checks).
set -euo pipefail
cd "$(dirname "$0")/.."

TYPESCRIPT_VERSION=5.9.3
TOOLS=.cache/contract-tools
TSC="$PWD/$TOOLS/node_modules/.bin/tsc"
TS=target/generated-clients/typescript
OUT=target/clients

if ! grep -q "\"version\": \"$TYPESCRIPT_VERSION\"" "$TOOLS/node_modules/typescript/package.json" 2>/dev/null; then
  echo "typescript-client: installing typescript@$TYPESCRIPT_VERSION"
  mkdir -p "$TOOLS"
  [[ -f "$TOOLS/package.json" ]] || echo '{"name":"contract-tools","private":true}' > "$TOOLS/package.json"
  npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error "typescript@$TYPESCRIPT_VERSION"
fi
if [[ ! -f "$TS/src/index.ts" || openapi/openapi.yaml -nt "$TS/src/index.ts" || pom.xml -nt "$TS/package.json" ]]; then
  echo "typescript-client: generating the TypeScript client"
  ./mvnw -B -q generate-resources
fi

echo "typescript-client: compiling $TS (strict)"
rm -rf "$TS/dist"
(cd "$TS" && "$TSC" -p tsconfig.json --strict && "$TSC" -p tsconfig.esm.json --strict)
# The generator's package.json names no owner and would build again on install: say what it is.
(cd "$TS" && npm pkg set description="Typed client for the ASF Register API, generated from its OpenAPI contract" \
    author="ASF Register" license=UNLICENSED 'files[]=dist' 'files[]=src' 'files[]=docs' 'files[]=README.md' \
  && npm pkg delete repository scripts.prepare)
mkdir -p "$OUT"
rm -f "$OUT"/asf-register-client-*.tgz
TARBALL="$OUT/$(cd "$TS" && npm pack --ignore-scripts --silent --pack-destination "$PWD/../../clients")"
echo "typescript-client: packed $TARBALL"
CONTENTS=$(tar -tzf "$TARBALL")
for required in package/package.json package/README.md package/dist/index.js package/dist/index.d.ts \
    package/dist/esm/index.js package/dist/apis/CompaniesApi.d.ts; do
  grep -qx "$required" <<< "$CONTENTS" || { echo "typescript-client: $required missing from $TARBALL" >&2; exit 1; }
done

echo "typescript-client: installing $TARBALL into a scratch project"
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
cp src/test/typescript/consumer.ts src/test/typescript/wrong-use.ts "$SCRATCH/"
(cd "$SCRATCH" && echo '{"name":"scratch","private":true}' > package.json \
  && npm install --no-audit --no-fund --loglevel=error "$OLDPWD/$TARBALL")
CHECK=(--noEmit --strict --target ES2020 --lib ES2020,DOM)
(cd "$SCRATCH" && "$TSC" "${CHECK[@]}" --module commonjs --moduleResolution node consumer.ts \
  && "$TSC" "${CHECK[@]}" --module esnext --moduleResolution bundler consumer.ts)
if (cd "$SCRATCH" && "$TSC" "${CHECK[@]}" --module commonjs --moduleResolution node wrong-use.ts >/dev/null); then
  echo "typescript-client: wrong-use.ts type-checked against the package; its types are not being seen" >&2
  exit 1
fi
(cd "$SCRATCH" && node -e "const c = require('@asf-register/client'); if (typeof c.CompaniesApi !== 'function') process.exit(1)")
echo "typescript-client: OK ($TARBALL)"
