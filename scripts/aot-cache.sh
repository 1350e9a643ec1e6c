#!/usr/bin/env bash
# Writes an AOT cache (JDK 25+, Project Leyden) next to a packaged service, so that the
# service starts in about a third of the time: see docs/operations.md, "Fast start".
#
#   scripts/aot-cache.sh APP_DIR
#
# APP_DIR is a package built with -Dquarkus.package.jar.type=aot-jar (target/quarkus-app or
# target/quarkus-app-pg). The script starts it once on 127.0.0.1 with -XX:AOTCacheOutput,
# sends it a round of requests, stops it, and leaves APP_DIR/app.aot and, in APP_DIR/app.aot.java,
# the java that wrote it. APP_DIR/run then starts the service with both; by hand:
#   java -XX:AOTCache=APP_DIR/app.aot <same JVM options> -jar APP_DIR/quarkus-run.jar
#
# Environment:
#   JAVA        the java of JDK 25 or newer (default: java on PATH); run the service with the same one
#   JAVA_OPTS   JVM options, the same as for the real runs (default: the recommended small-instance ones)
#   AOT_PORT    loopback port of the training run (default 18099)
#   QUARKUS_DATASOURCE_JDBC_URL/_USERNAME/_PASSWORD
#               the training database. Default: a scratch H2 database in a temporary directory,
#               with a throw-away admin. The PostgreSQL package needs a scratch PostgreSQL
#               database here: the run applies the migrations to it. It never creates users there.
set -euo pipefail

APP_DIR=${1:?usage: scripts/aot-cache.sh APP_DIR}
APP_DIR=$(cd "$APP_DIR" && pwd)
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-"-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=64m -Xss512k"}
PORT=${AOT_PORT:-18099}
BASE="http://127.0.0.1:$PORT"

feature=$("$JAVA" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -c ' AOTCacheOutput ' || true)
if [[ "$feature" == 0 ]]; then
  echo "aot-cache: $JAVA has no -XX:AOTCacheOutput; JDK 25 or newer is needed" >&2
  exit 2
fi
[[ -f "$APP_DIR/quarkus-run.jar" ]] || { echo "aot-cache: no quarkus-run.jar in $APP_DIR" >&2; exit 2; }

SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
AUTH=()
if [[ -z "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]]; then
  export QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$SCRATCH/h2/asf"
  # Only in its own scratch database does the run make an admin, to train the signed-in paths too.
  password="Training-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
  export ASF_ADMIN_PASSWORD="$password"
  AUTH=(-u "admin:$password")
else
  unset ASF_ADMIN_PASSWORD
fi
export QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$PORT" ASF_DEMO_DATA_ENABLED=false

rm -f "$APP_DIR/app.aot"
rm -f "$APP_DIR/app.aot.java"
# The cache records the class path as given: the absolute path of the jar, the one the package's
# launcher (APP_DIR/run) gives.
# shellcheck disable=SC2086
(cd "$APP_DIR" && exec "$JAVA" -XX:AOTCacheOutput=app.aot $JAVA_OPTS -jar "$APP_DIR/quarkus-run.jar") \
  > "$SCRATCH/training.log" 2>&1 &
pid=$!

ready=""
for _ in $(seq 600); do   # at most 120 s
  if curl -fs -o /dev/null "$BASE/q/health/ready"; then ready=yes; break; fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.2
done
if [[ -z "$ready" ]]; then
  kill "$pid" 2>/dev/null || true
  echo "aot-cache: the training run did not become ready:" >&2
  tail -20 "$SCRATCH/training.log" >&2
  exit 1
fi

# A round of the requests the service answers most: reads, lists, reports, errors.
for path in /q/health/live /q/health/ready /q/openapi /q/metrics \
    /api/v1/counties /api/v1/counties/20 /api/v1/municipalities?county=20 \
    /api/v1/companies?size=5 /api/v1/companies/1 "/api/v1/progress?county=20&year=2024" \
    "/api/v1/reports/annual?county=20&year=2024" "/api/v1/reports/annual?year=2024" /api/v1/me; do
  curl -s -o /dev/null "${AUTH[@]}" "$BASE$path" || true
done
curl -s -o /dev/null "${AUTH[@]}" -H 'Content-Type: application/json' -d '{"name":""}' "$BASE/api/v1/companies" || true

kill -TERM "$pid"
for _ in $(seq 600); do   # the cache is written as the JVM exits; at most 120 s
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.2
done
if kill -0 "$pid" 2>/dev/null; then
  kill -KILL "$pid" || true
  echo "aot-cache: the training run did not stop" >&2
  exit 1
fi
if [[ ! -s "$APP_DIR/app.aot" ]]; then
  echo "aot-cache: no cache was written:" >&2
  tail -20 "$SCRATCH/training.log" >&2
  exit 1
fi
# The launcher starts the package with the JDK that wrote the cache.
readlink -f "$(command -v "$JAVA")" > "$APP_DIR/app.aot.java"
echo "aot-cache: wrote $APP_DIR/app.aot ($(du -h "$APP_DIR/app.aot" | cut -f1))"
