"""The default path (issue 22): the H2 package started as the README says, through its launcher
(`target/quarkus-app/run`, no options), beside the bare `java -jar quarkus-run.jar` a user ran
before, on the same data, in alternating rounds.

Called by `bench/run.py --default-path`. Per way of starting: ready on an empty database (the
second start of a fresh package, so the launcher's class data archive exists) and on the loaded
one, `GET /companies/{id}` as the admin and `/q/health/live` (the framework's floor) with wrk,
RSS after those reads and again after the benchmark's import (its 100,000-row file is cut to 64
quarters of the 500 companies here: 32,000 new reports) and the full CSV export,
and the p95 of the county progress and annual report over the first requests after a start.
Each round works on its own copy of the loaded database, so the import does not carry over.
"""
import json
import os
import shutil
import sys

COMPANIES, QUARTERS = 500, 20
ROUNDS = 2
WARM_UP_S = 5
WAYS = {"launcher": lambda r, app: [os.path.join(app, "run")],
        "java -jar": lambda r, app: [r.JAVA, "-jar", os.path.join(app, "quarkus-run.jar")]}


def start(r, cmd, database, jvm_defaults=None):
    """`jvm_defaults`: the launcher's ASF_JVM_DEFAULTS (None: its own)."""
    env = dict(os.environ, QUARKUS_HTTP_PORT=str(r.PORT), QUARKUS_HTTP_HOST="127.0.0.1", ASF_DEMO_DATA_ENABLED="false",
               ASF_ADMIN_PASSWORD=r.ADMIN_PASSWORD,
               QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:%s/%s/asf;DB_CLOSE_ON_EXIT=FALSE" % (r.WORK, database))
    for name in ("JAVA_OPTS", "ASF_JVM_DEFAULTS", "MALLOC_ARENA_MAX"):
        env.pop(name, None)
    if jvm_defaults is not None:
        env["ASF_JVM_DEFAULTS"] = jvm_defaults
    if r.JAVA != "java":  # the launcher's choice of JDK: JAVA_HOME
        env["JAVA_HOME"] = os.path.dirname(os.path.dirname(r.JAVA))
    return r.launch(cmd, env, open(os.path.join(r.WORK, "default-path.log"), "a"), r.BASE + "/q/health/ready")


def stop(r, proc):
    r.stop_service(proc, 120)  # the launcher's first stop on JDK 17 writes the class data archive


def ready_empty(r, cmd):
    shutil.rmtree(os.path.join(r.WORK, "h2-empty"), ignore_errors=True)
    proc, seconds = start(r, cmd, "h2-empty")
    stop(r, proc)
    return seconds


def get_company_script(r, ids):
    """A wrk script that reads the companies `ids` at random."""
    lua = os.path.join(r.WORK, "default-get-company.lua")
    with open(lua, "w") as f:
        f.write("ids = {%s}\nrequest = function()\n  return wrk.format('GET', '/api/v1/companies/' .. "
                "ids[math.random(#ids)])\nend\n" % ",".join(map(str, ids)))
    return lua


def reads(r, ids, duration):
    lua = get_company_script(r, ids)
    r.wrk(lua, WARM_UP_S)  # the first seconds after a start compile the read's code
    g = r.wrk(lua, duration)
    h = r.wrk("/q/health/live", duration, auth=None)
    return {"get_company_rps": g["rps"], "get_company_p99_ms": g["p99_ms"], "live_rps": h["rps"],
            "live_p99_ms": h["p99_ms"], "get_company_vs_live": g["rps"] / h["rps"]}


def first_reads(r, cmd, m):
    """The county reads counted from the first request after a start, as the admin (issue 22)."""
    for key, path in r.COUNTY_READS:
        proc, _ = start(r, cmd, "h2-round")
        try:
            m[key + "_first_p95_ms"] = r.p95(path, r.FIRST, budget_s=r.BUDGET_S)
        finally:
            stop(r, proc)


def loaded(r, app):
    """The 500 x 20 dataset loaded into bench/work/h2-default (with the bare jar); returns the
    dataset's folder and the companies' ids."""
    dataset = os.path.join(r.WORK, "dataset-default")
    r.sh([sys.executable, os.path.join(r.HERE, "generate.py"), dataset,
          "--companies", str(COMPANIES), "--quarters", str(QUARTERS)])
    shutil.rmtree(os.path.join(r.WORK, "h2-default"), ignore_errors=True)
    for cmd in WAYS.values():  # first starts: the launcher's archive is written as it stops
        stop(r, start(r, cmd(r, app), "h2-empty")[0])
    proc, _ = start(r, WAYS["java -jar"](r, app), "h2-default")
    try:
        return dataset, r.load(dataset)["companies"]
    finally:
        stop(r, proc)


def round_copy(r):
    """A fresh copy of the loaded database for one round, so that an import does not carry over."""
    shutil.rmtree(os.path.join(r.WORK, "h2-round"), ignore_errors=True)
    shutil.copytree(os.path.join(r.WORK, "h2-default"), os.path.join(r.WORK, "h2-round"))


def measure(r, app, duration):
    """Loads the data once, then alternates the two ways of starting."""
    dataset, ids = loaded(r, app)
    rounds = {way: [] for way in WAYS}
    for n in range(ROUNDS):
        for way in (list(WAYS) if n % 2 == 0 else list(reversed(WAYS))):
            cmd = WAYS[way](r, app)
            m = {"ready_empty_s": ready_empty(r, cmd)}
            round_copy(r)
            first_reads(r, cmd, m)
            proc, m["ready_loaded_s"] = start(r, cmd, "h2-round")
            try:
                m.update(reads(r, ids, duration))
                m["rss_mb"] = r.rss_mb(proc.pid)
                r.import_and_export(dataset, m)
                m["rss_after_import_export_mb"] = r.rss_mb(proc.pid)
            finally:
                stop(r, proc)
            print("round %d, %s: %s" % (n + 1, way, json.dumps({k: round(v, 2) for k, v in m.items()})), flush=True)
            rounds[way].append(m)
    return {way: r.best(ms) for way, ms in rounds.items()}


TARGETS = [("ready_empty_s", "ready, empty database, s", "<= 2.5"), ("ready_loaded_s", "ready, loaded database, s", "<= 2"),
           ("rss_mb", "RSS after the reads, MB", ""),
           ("rss_after_import_export_mb", "RSS after the reads, import and export, MB", "<= 300"),
           ("progress_county_first_p95_ms", "county progress p95 from start, ms", "< 50"),
           ("report_county_first_p95_ms", "county annual report p95 from start, ms", "< 50"),
           ("import_100k_s", "import of 32,000 new reports, s", ""), ("export_all_s", "CSV export of all reports, s", ""),
           ("get_company_rps", "GET company, req/s", ">= 5,000"), ("get_company_p99_ms", "GET company p99, ms", "< 10"),
           ("live_rps", "/q/health/live, req/s", ""), ("get_company_vs_live", "GET company / live", ">= 0.6")]


def table(res):
    ways = list(res)
    lines = ["| figure | target | " + " | ".join(ways) + " |", "|---|---|" + "---|" * len(ways)]
    for key, label, target in TARGETS:
        lines.append("| %s | %s | %s |" % (label, target, " | ".join(str(res[w][key]) for w in ways)))
    return "\n".join(lines)
