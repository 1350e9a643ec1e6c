#!/usr/bin/env bash
# Writes an AOT cache (JDK 25+, Project Leyden) next to a packaged service, so that the
# service starts faster: see docs/operations.md, "Fast start". `./mvnw package` runs it for
# target/quarkus-app by itself; by hand:
#
#   scripts/aot-cache.sh APP_DIR
#
# APP_DIR is a package whose classes are on the JDK's own class path (the aot-jar package type,
# the project's default). The script starts it once on 127.0.0.1 with -XX:AOTCacheOutput,
# sends it a round of requests, stops it, and leaves APP_DIR/app.aot and, in APP_DIR/app.aot.java,
# the java that wrote it. APP_DIR/run then starts the service with both; by hand:
#   java -XX:AOTCache=APP_DIR/app.aot <same JVM options> -jar APP_DIR/quarkus-run.jar
#
# Environment:
#   JAVA        the java of JDK 25 or newer. Default: the first of $JAVA_HOME/bin/java, java on
#               PATH and /usr/lib/jvm/*/bin/java (newest first) that is JDK 25 or newer
#   AOT_OPTIONAL=true
#               without such a JDK, say so and exit 0 (the build's mode); otherwise exit 2
#   JAVA_OPTS, ASF_JVM_DEFAULTS
#               JVM options, as for the package's launcher (APP_DIR/run), which the training run
#               goes through: a real run needs the same ones for the cache to be used
#   AOT_PORT    loopback port of the training run (default 18099)
#   QUARKUS_DATASOURCE_JDBC_URL/_USERNAME/_PASSWORD
#               the training database. Default: a scratch H2 database in a temporary directory,
#               with a throw-away admin. The PostgreSQL package needs a scratch PostgreSQL
#               database here: the run applies the migrations to it. It never creates users there.
set -euo pipefail

APP_DIR=${1:?usage: scripts/aot-cache.sh APP_DIR}
APP_DIR=$(cd "$APP_DIR" && pwd)

# The major version from the JDK's release file (no JVM start just to ask), 0 if unknown.
major() {
  local home
  home=$(dirname "$(dirname "$(readlink -f "$1")")")
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*"$/\1/p' "$home/release" 2>/dev/null | grep . || echo 0
}
if [[ -z "${JAVA:-}" ]]; then
  for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java || true)" \
      $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV); do
    if [[ -n "$candidate" && -x "$candidate" && $(major "$candidate") -ge 25 ]]; then
      JAVA=$candidate
      break
    fi
  done
fi
if [[ -z "${JAVA:-}" ]]; then
  echo "aot-cache: no JDK 25 or newer found (set JAVA); the package starts without an AOT cache"
  [[ "${AOT_OPTIONAL:-}" == true ]] && exit 0
  exit 2
fi
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
# Through the launcher: the cache records the class path (the jar's absolute path) and the JVM
# options as given, and a later run through the launcher gives the same.
[[ -x "$APP_DIR/run" ]] || { echo "aot-cache: no launcher (run) in $APP_DIR" >&2; exit 2; }
JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$JAVA")")") ASF_AOT_CACHE_OUTPUT="$APP_DIR/app.aot" \
  "$APP_DIR/run" > "$SCRATCH/training.log" 2>&1 &
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
