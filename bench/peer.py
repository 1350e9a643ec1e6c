"""Side by side with the Spring Boot peer (issue 22): the same reads on one PostgreSQL database,
the same data and the same JVM options, and the ratios against the issue's targets.

Called by `bench/run.py --peer` (see its usage). The peer is the read-only Spring Boot service in
peers/spring-boot of the shared project folder; its README says what it implements. It has no
schema of its own: the service creates the database (Flyway) and loads the data through its API,
then both are started in turn, in alternating rounds, best of two.
"""
import json
import os
import shutil
import subprocess
import sys

# The options the issue fixes for both sides; nothing else is added to either JVM unless
# --extra-options adds the same to both, or --own-options starts each with its own (bench/run.py).
FLAGS = ["-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"]
DATABASE = "peer"
ROUNDS = 2
WARM_UP_S = 5
COMPANIES, QUARTERS = 300, 8
LIST = "/api/v1/companies?county=20&size=20"
# figure: (label, target, met?, ratio of service to peer)
TARGETS = {
    "get_company_rps": ("GET company, req/s", ">= 3x", lambda r: r >= 3),
    "company_list_rps": ("filtered list (county=20&size=20), req/s", ">= 2x", lambda r: r >= 2),
    "rss_mb": ("RSS after the reads, MB", "<= 0.75x", lambda r: r <= 0.75),
    "ready_s": ("ready, loaded database, s", "<= 0.5x", lambda r: r <= 0.5),
}


def find_peer_dir(root):
    """peers/spring-boot in the shared project folder: a sibling `shared` of the checkout or of
    any folder above it (worktrees live deeper than the main checkout)."""
    d = root
    while True:
        for candidate in (os.path.join(d, "shared", "peers", "spring-boot"), os.path.join(d, "peers", "spring-boot")):
            if os.path.isfile(os.path.join(candidate, "pom.xml")):
                return candidate
        parent = os.path.dirname(d)
        if parent == d:
            raise SystemExit("peer: no shared/peers/spring-boot above %s; give --peer-dir" % root)
        d = parent


def build_peer(r, peer_dir):
    """Builds the peer's jar in a copy (the shared folder may be read-only) with this project's
    Maven wrapper; its dependencies come from Maven Central like the service's."""
    src = os.path.join(r.WORK, "peer-src")
    shutil.rmtree(src, ignore_errors=True)
    shutil.copytree(peer_dir, src, ignore=shutil.ignore_patterns("target"))
    for d, _dirs, files in os.walk(src):
        os.chmod(d, 0o755)
        for f in files:
            os.chmod(os.path.join(d, f), 0o644)
    try:
        r.sh([os.path.join(r.ROOT, "mvnw"), "-B", "-q", "-f", os.path.join(src, "pom.xml"), "package", "-DskipTests"])
    except subprocess.CalledProcessError as e:
        raise SystemExit("peer: the build failed (%s); are its dependencies reachable?" % e)
    jars = [f for f in os.listdir(os.path.join(src, "target")) if f.endswith(".jar")]
    if len(jars) != 1:
        raise SystemExit("peer: expected one jar in %s/target, found %s" % (src, jars))
    return os.path.join(src, "target", jars[0])


def start(r, cmd, env, health, log_name):
    """Starts a process and returns it and the seconds until `health` answers 200."""
    return r.launch(cmd, env, open(os.path.join(r.WORK, log_name), "w"), health)


def stop(r, proc):
    r.stop_service(proc, 120)  # the service's launcher may write its class data archive on the first stop


def service_cmd(r, app, flags=FLAGS):
    """The packaged service as a user starts it: its launcher, with `flags` instead of the
    launcher's defaults (AOT cache or class data sharing as the package carries them); with
    flags None, the launcher's own defaults."""
    launcher = os.path.join(app, "run")
    if os.path.exists(launcher):
        return [launcher], {} if flags is None else {"ASF_JVM_DEFAULTS": " ".join(flags)}
    return [r.JAVA] + (flags or []) + ["-jar", os.path.join(app, "quarkus-run.jar")], {}


def start_side(r, side, app, jar, flags=FLAGS):
    """Starts one side with `flags` (and MALLOC_ARENA_MAX=2), or with flags None each as its README
    starts it: the service's launcher with its defaults, the peer with `java -jar` and the JVM's."""
    env = dict(os.environ)
    env.pop("JAVA_OPTS", None)
    env.pop("MALLOC_ARENA_MAX", None)
    if flags is not None:
        env["MALLOC_ARENA_MAX"] = "2"
    url = "jdbc:postgresql://127.0.0.1:%d/%s" % (r.PG_PORT, DATABASE)
    if side == "service":
        cmd, extra = service_cmd(r, app, flags)
        env.update(extra, ASF_DEMO_DATA_ENABLED="false", ASF_ADMIN_PASSWORD=r.ADMIN_PASSWORD,
                   QUARKUS_HTTP_PORT=str(r.PORT), QUARKUS_HTTP_HOST="127.0.0.1", **r.pg_env(DATABASE))
        if r.JAVA != "java":
            env["JAVA_HOME"] = os.path.dirname(os.path.dirname(r.JAVA))
        return start(r, cmd, env, r.BASE + "/q/health/ready", "peer-bench-service.log")
    env.update(SPRING_DATASOURCE_URL=url, SPRING_DATASOURCE_USERNAME="asf", SPRING_DATASOURCE_PASSWORD="",
               SERVER_PORT=str(r.PORT), SERVER_ADDRESS="127.0.0.1")
    return start(r, [r.JAVA] + (flags or []) + ["-jar", jar], env, r.BASE + "/actuator/health",
                 "peer-bench-peer.log")


def measure(r, ids, duration):
    """The two reads, anonymous, with wrk (2 threads, 16 connections) after a short warm-up."""
    lua = os.path.join(r.WORK, "peer-get-company.lua")
    with open(lua, "w") as f:
        f.write("ids = {%s}\nrequest = function()\n  return wrk.format('GET', '/api/v1/companies/' .. "
                "ids[math.random(#ids)])\nend\n" % ",".join(map(str, ids)))
    r.wrk(lua, WARM_UP_S, auth=None)  # the first seconds after a start compile the read's code
    r.wrk(LIST, WARM_UP_S, auth=None)
    g = r.wrk(lua, duration, auth=None)
    lst = r.wrk(LIST, duration, auth=None)
    return {"get_company_rps": g["rps"], "get_company_p99_ms": g["p99_ms"], "get_company_non2xx": g["non2xx"],
            "company_list_rps": lst["rps"], "company_list_p99_ms": lst["p99_ms"], "company_list_non2xx": lst["non2xx"]}


def prepare(r, app):
    """A fresh database: schema and data through the service, then fresh planner statistics."""
    r.new_pg_database(DATABASE)
    dataset = os.path.join(r.WORK, "dataset-peer")
    r.sh([sys.executable, os.path.join(r.HERE, "generate.py"), dataset,
          "--companies", str(COMPANIES), "--quarters", str(QUARTERS)])
    proc, _ = start_side(r, "service", app, None)
    try:
        ids = r.load(dataset)["companies"]
    finally:
        stop(r, proc)
    psql = [os.path.join(r.PG_BIN[-1], "psql"), "-q", "-h", "127.0.0.1", "-p", str(r.PG_PORT), "-U", "asf", DATABASE]
    subprocess.run(psql + ["-c", "ANALYZE"], check=True)
    return ids


def compare(r, app, peer_dir, duration, flags=FLAGS):
    """Alternating rounds of service and peer, both with `flags` (None: each its own); returns the
    best of each side and the ratios."""
    jar = build_peer(r, peer_dir or find_peer_dir(r.ROOT))
    stop_pg = r.start_postgres()
    try:
        ids = prepare(r, app)
        rounds = {"service": [], "peer": []}
        bodies = {}
        for n in range(ROUNDS):
            for side in ("service", "peer") if n % 2 == 0 else ("peer", "service"):
                proc, ready = start_side(r, side, app, jar, flags)
                try:
                    bodies[side] = r.request("GET", "/api/v1/companies/%d" % ids[0], auth=None)
                    with open(os.path.join(r.WORK, "peer-body-%s.json" % side), "wb") as f:
                        f.write(bodies[side][1])  # to compare by hand when same_company_body is false
                    m = measure(r, ids, duration)
                    m.update(ready_s=ready, rss_mb=r.rss_mb(proc.pid))
                finally:
                    stop(r, proc)
                print("round %d, %s: %s" % (n + 1, side, json.dumps({k: round(v, 2) for k, v in m.items()})),
                      flush=True)
                rounds[side].append(m)
        return summarize(r, rounds, bodies, flags)
    finally:
        stop_pg()


def summarize(r, rounds, bodies, flags):
    service, peer = r.best(rounds["service"]), r.best(rounds["peer"])
    ratios = {k: round(service[k] / peer[k], 2) for k in TARGETS if peer.get(k)}
    return {"service": service, "peer": peer, "ratios": ratios, "flags": "each its own" if flags is None else flags,
            "same_company_body": bodies["service"] == bodies["peer"],
            "companies": COMPANIES, "rounds": ROUNDS}


def table(res):
    s, p = res["service"], res["peer"]
    lines = ["| figure | service | peer | ratio | target |", "|---|---|---|---|---|"]
    for key, (label, target, ok) in TARGETS.items():
        ratio = res["ratios"].get(key)
        mark = "" if ratio is None else (" ✅" if ok(ratio) else " ❌")
        lines.append("| %s | %s | %s | %s%s | %s |" % (label, s.get(key), p.get(key), ratio, mark, target))
    lines.append("| GET company p99, ms | %s | %s | | |" % (s["get_company_p99_ms"], p["get_company_p99_ms"]))
    lines.append("| filtered list p99, ms | %s | %s | | |" % (s["company_list_p99_ms"], p["company_list_p99_ms"]))
    return "\n".join(lines)
