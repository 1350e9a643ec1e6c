#!/usr/bin/env python3
"""ASF Register benchmark: package the service, start it on loopback on H2 and on
PostgreSQL, load the synthetic national dataset through the public API, and measure with
wrk. Results go to bench/work/results-<db>.json and a markdown table on stdout.

Usage: bench/run.py [--db h2|postgresql|both] [--duration SECONDS] [--jdk JDK_HOME] [--skip-build]
                    [--reads-only] [--reuse] [--peer [--own-options | --extra-options OPTS] [--peer-dir DIR]] [--default-path] [--largest-import]
                    [--gc-options] [--floor]
Needs: JDK 17 or newer, python3, wrk (apt-get install wrk; not with --reads-only), and for
PostgreSQL Debian's postgresql package (apt-get install postgresql). Everything runs on 127.0.0.1.
The county report and progress are read as an administrator (exact figures) and anonymously
(the disclosure rule set), warm and counted from the first request after a start.
--reads-only loads the data and measures only those reads; --reuse measures them on the data the
last run loaded (bench/work), to compare two builds on the same data without loading it again.
--peer compares the service with the Spring Boot peer (bench/peer.py) instead: it builds the peer
from peers/spring-boot of the shared project folder (found above the checkout, or --peer-dir), loads
300 companies into one PostgreSQL database through the service, measures both in alternating
rounds with the same JVM options and prints the ratios against issue 22's targets. With --own-options
each side runs as its README starts it instead (the service's launcher with its defaults, the peer with
`java -jar`): not the issue's comparison, but what two newcomers would see. --extra-options adds JVM
options to the issue's on both sides (e.g. the launcher's heap sizes, --extra-options="-Xms48m -Xmn32m").
--default-path measures the H2 package as the README starts it (its launcher, no options) beside the
bare `java -jar` on 500 companies (bench/default_path.py): ready, GET company against /q/health/live, RSS.
--largest-import sends the largest import allowed (200,000 rows) to the H2 package started by its launcher,
on the national dataset (bench/largest_import.py): its answer, time and RSS.
--gc-options runs the default path's reads, import and export through the launcher with its own JVM options
and with other collector settings (bench/gc_options.py): RSS right after the import and while idle, GET's cost.
--floor builds a throwaway variant of the H2 package with a REST read that reads nothing and compares it with
GET company and the live endpoint, with CPU time per request (bench/floor.py).
With a JDK of 25 or newer (--jdk), an AOT cache is
trained with scripts/aot-cache.sh, and every run starts from that cache (docs/operations.md).
"""
import argparse
import base64
import concurrent.futures
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WORK = os.path.join(HERE, "work")
# BENCH_PORT and BENCH_PG_PORT move them, e.g. for two benchmarks on one machine
PORT = int(os.environ.get("BENCH_PORT", "18080"))
PG_PORT = int(os.environ.get("BENCH_PG_PORT", "55432"))
ADMIN_PASSWORD = "Bench-Kopparberg-77"
AUTH = "Basic " + base64.b64encode(("admin:" + ADMIN_PASSWORD).encode()).decode()
BASE = "http://127.0.0.1:%d" % PORT
# The JVM settings docs/operations.md recommends for a small instance (2 cores, a few hundred MB):
# C1 only and the serial collector leave the cores to requests; fewer malloc arenas keep RSS down.
JVM_OPTS = os.environ.get("BENCH_EXTRA_JVM", "").split() + ["-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=64m", "-Xss512k"]
# Set by main(): the java binary, and whether it runs from an AOT cache (JDK 25+).
JAVA = "java"
AOT = False
STARTS = 5  # startups measured per figure; the median is reported
FIRST = 40  # requests counted from the first one after a start
COUNTY_READS = [("progress_county", "/api/v1/progress?county=20&year=2024"),
                ("report_county", "/api/v1/reports/annual?county=20&year=2024")]

TARGETS = {
    "startup_s": ("startup to ready, empty database", "< 2 s", lambda v: v < 2.0),
    "restart_s": ("startup to ready, loaded database", "< 2 s", lambda v: v < 2.0),
    "rss_mb": ("RSS after the load", "< 300 MB", lambda v: v < 300),
    "get_company_rps": ("GET company throughput", ">= 5000 req/s", lambda v: v >= 5000),
    "get_company_p99_ms": ("GET company p99", "< 10 ms", lambda v: v < 10),
    "company_list_p95_ms": ("filtered company list p95", "(no target)", lambda v: True),
    "progress_county_p95_ms": ("progress, one county, p95", "< 50 ms", lambda v: v < 50),
    "report_county_p95_ms": ("annual report, one county, p95", "< 50 ms", lambda v: v < 50),
    "progress_county_anon_p95_ms": ("progress, one county, anonymous, p95", "< 50 ms", lambda v: v < 50),
    "report_county_anon_p95_ms": ("annual report, one county, anonymous, p95", "< 50 ms", lambda v: v < 50),
    "progress_county_first_p95_ms": ("progress, one county, p95 from start", "< 50 ms", lambda v: v < 50),
    "report_county_first_p95_ms": ("annual report, one county, p95 from start", "< 50 ms", lambda v: v < 50),
    "progress_county_anon_first_p95_ms": ("progress, one county, anonymous, p95 from start", "< 50 ms",
                                          lambda v: v < 50),
    "report_county_anon_first_p95_ms": ("annual report, one county, anonymous, p95 from start", "< 50 ms",
                                        lambda v: v < 50),
    "report_nation_p95_ms": ("annual report, nation, p95", "< 200 ms", lambda v: v < 200),
    "import_100k_s": ("100,000-row import", "< 10 s", lambda v: v < 10),
    "export_all_s": ("CSV export of all reports (-Xmx256m)", "streams", lambda v: True),
}


def sh(cmd, **kw):
    print("+", cmd if isinstance(cmd, str) else " ".join(cmd), flush=True)
    return subprocess.run(cmd, check=True, **kw)


def request(method, path, body=None, content_type="application/json", timeout=120, auth=AUTH):
    """One request as the admin, or anonymously with auth=None."""
    data = None
    if body is not None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
    req = urllib.request.Request(BASE + path, data=data, method=method)
    if auth:
        req.add_header("Authorization", auth)
    if data is not None:
        req.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def build(db):
    """One Maven package writes both variants: target/quarkus-app (H2, with the AOT cache the
    build trains when it finds a JDK 25), target/quarkus-app-pg."""
    if not BUILT:
        sh([os.path.join(ROOT, "mvnw"), "-B", "-q", "package", "-DskipTests"], cwd=ROOT)
        BUILT.append(True)
        # both variants, so that a later --skip-build run on the other database needs no build
        for variant, built in (("h2", "quarkus-app"), ("postgresql", "quarkus-app-pg")):
            target = os.path.join(WORK, "app-" + variant)
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(os.path.join(ROOT, "target", built), target)
            with open(os.path.join(target, ".bench-package"), "w") as f:
                f.write(package_type())
    return os.path.join(WORK, "app-" + db)


def package_type():
    return "aot-jar"  # the project's package type (application.properties); older copies were fast-jar


BUILT = []


def java_supports_aot(java):
    flags = subprocess.run([java, "-XX:+PrintFlagsFinal", "-version"], capture_output=True, text=True).stdout
    return " AOTCacheOutput " in flags


def trained_copy(app, db):
    """A copy of the package with an AOT cache trained with this benchmark's options, from a
    training run on a scratch database. The package itself keeps the cache it was built with (none
    for PostgreSQL): its launcher would otherwise start a later mode's service, e.g. --peer on JDK
    17 or --default-path, from this benchmark's cache and JDK."""
    copy = app.rstrip("/") + "-aot"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(app, copy, ignore=shutil.ignore_patterns("app.aot", "app.aot.java"))
    env = dict(os.environ, JAVA=JAVA, JAVA_OPTS=" ".join(JVM_OPTS))
    if db == "postgresql":
        env.update(pg_env(new_pg_database("aot_training")))
    sh([os.path.join(ROOT, "scripts", "aot-cache.sh"), copy], env=env)
    return copy


def start_postgres(reuse=False):
    """A PostgreSQL server on PG_PORT: a new cluster, or with reuse the one the last run loaded."""
    pgbin = sorted(d for d in os.listdir("/usr/lib/postgresql"))[-1]
    bindir = "/usr/lib/postgresql/%s/bin" % pgbin
    data = os.path.join(WORK, "pgdata")
    if not reuse:
        shutil.rmtree(data, ignore_errors=True)
        os.makedirs(data)
        shutil.chown(data, "postgres", "postgres")
        shutil.chown(WORK, "postgres", "postgres")
        sh(["su", "postgres", "-c", "%s/initdb -D %s -U asf --auth=trust -E UTF8 >/dev/null" % (bindir, data)])
    sh(["su", "postgres", "-c", "%s/pg_ctl -D %s -o '-p %d -k /tmp -h 127.0.0.1' -l %s/pg.log -w start"
        % (bindir, data, PG_PORT, data)])
    PG_BIN.append(bindir)
    return lambda: subprocess.run(["su", "postgres", "-c", "%s/pg_ctl -D %s -m fast stop" % (bindir, data)])


PG_BIN = []


def new_pg_database(name):
    """An empty database of that name on the benchmark's PostgreSQL (dropped first if it exists)."""
    psql = [os.path.join(PG_BIN[-1], "psql"), "-q", "-h", "127.0.0.1", "-p", str(PG_PORT), "-U", "asf", "postgres"]
    subprocess.run(psql + ["-c", "DROP DATABASE IF EXISTS %s" % name, "-c", "CREATE DATABASE %s" % name], check=True)
    return name


def pg_env(database):
    return {"QUARKUS_DATASOURCE_JDBC_URL": "jdbc:postgresql://127.0.0.1:%d/%s" % (PG_PORT, database),
            "QUARKUS_DATASOURCE_USERNAME": "asf", "QUARKUS_DATASOURCE_PASSWORD": ""}


def start_service(app, db, database=None):
    """Starts the packaged service on `database` (an H2 directory under bench/work, or a
    PostgreSQL database name; default: the one the benchmark loads) and returns the process
    and the seconds from process start to the first 200 from /q/health/ready."""
    env = dict(os.environ, QUARKUS_HTTP_PORT=str(PORT), QUARKUS_HTTP_HOST="127.0.0.1", MALLOC_ARENA_MAX="2",
               ASF_DEMO_DATA_ENABLED="false", ASF_ADMIN_PASSWORD=ADMIN_PASSWORD)
    if db == "postgresql":
        env.update(pg_env(database or "postgres"))
    else:
        env.update(QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:%s/%s/asf;DB_CLOSE_ON_EXIT=FALSE"
                   % (WORK, database or "h2"))
    log = open(os.path.join(WORK, "service-%s.log" % db), "w")
    # the jar's absolute path: an AOT cache records the class path as the training run gave it
    cmd = [JAVA] + JVM_OPTS + (["-XX:AOTCache=app.aot", "-XX:AOTMode=on"] if AOT else []) + [
        "-jar", os.path.join(os.path.abspath(app), "quarkus-run.jar")]
    return launch(cmd, env, log, BASE + "/q/health/ready", cwd=app, timeout=120)


def launch(cmd, env, log, health, cwd=None, timeout=180):
    """Starts `cmd` and returns the process and the seconds until `health` answers 200."""
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT)
    while time.monotonic() < t0 + timeout and proc.poll() is None:
        try:
            with urllib.request.urlopen(health, timeout=1) as r:
                if r.status == 200:
                    return proc, time.monotonic() - t0
        except (urllib.error.URLError, ConnectionError, OSError):
            pass
        time.sleep(0.02)
    proc.kill()
    raise SystemExit("%s did not become ready; see %s" % (cmd[0], log.name))


def best(rounds):
    """Best of the rounds per figure: most requests, least time or memory."""
    out = {}
    for key in rounds[0]:
        pick = min if key.endswith(("_ms", "_s", "_mb", "non2xx")) else max
        values = [m[key] for m in rounds if m.get(key) is not None]  # None: a read that failed
        out[key] = round(pick(values), 2) if values else None
    return out


def stop_service(proc, timeout=30):
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout)


def median_startup(app, db, database, fresh):
    """The median of STARTS startups on `database`, emptied before each one when `fresh`."""
    times = []
    for _ in range(STARTS):
        if fresh and db == "postgresql":
            new_pg_database(database)
        elif fresh:
            shutil.rmtree(os.path.join(WORK, database), ignore_errors=True)
        proc, seconds = start_service(app, db, database)
        stop_service(proc)
        times.append(seconds)
    print("startups on %s: %s" % (database, ", ".join("%.2f" % t for t in times)))
    return sorted(times)[len(times) // 2]


def load(dataset):
    with open(os.path.join(dataset, "companies.json"), encoding="utf-8") as f:
        companies = json.load(f)

    def post(path, body):
        status, resp = request("POST", path, body)
        if status != 201:
            raise SystemExit("POST %s -> %d %s" % (path, status, resp[:300]))
        return json.loads(resp)["id"]

    t0 = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        ids = list(pool.map(lambda c: post("/api/v1/companies", c), companies))
    print("loaded %d companies in %.1f s" % (len(ids), time.monotonic() - t0))
    loaded = {"companies": ids}
    with open(os.path.join(dataset, "reports.csv"), "rb") as f:
        status, resp = request("POST", "/api/v1/employment-reports/import", f.read(), "text/csv", timeout=600)
    print("report import -> %d %s" % (status, resp[:200].decode(errors="replace")))
    for name, path in [("collaborations", "/api/v1/csr-collaborations"), ("policies", "/api/v1/municipal-policies"),
                       ("activities", "/api/v1/activities")]:
        with open(os.path.join(dataset, name + ".json"), encoding="utf-8") as f:
            rows = json.load(f)
        probe, _ = request("GET", path + "?size=1")
        if probe == 404:
            print("%s: endpoint not available, skipped" % path)
            continue
        for r in rows:
            if "companyIndexes" in r:
                r["companyIds"] = [ids[i] for i in r.pop("companyIndexes")]
            r = {k: v for k, v in r.items() if v is not None}
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            list(pool.map(lambda r: post(path, {k: v for k, v in r.items() if v is not None}), rows))
        print("loaded %d %s" % (len(rows), name))
    return loaded


def wrk(path_or_script, duration, connections=16, auth=AUTH):
    """wrk with 2 threads, as the admin or anonymously with auth=None."""
    cmd = ["wrk", "-t2", "-c%d" % connections, "-d%ds" % duration, "--latency"] + (["-H", "Authorization: " + auth]
                                                                                   if auth else [])
    if path_or_script.endswith(".lua"):
        cmd += ["-s", path_or_script, BASE]
    else:
        cmd += [BASE + path_or_script]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))

    def pct(p):
        m = re.search(r"\s%s%%\s+([\d.]+)(us|ms|s)" % p, out)
        v, unit = float(m.group(1)), m.group(2)
        return v / 1000 if unit == "us" else v * 1000 if unit == "s" else v
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"rps": rps, "p50_ms": pct(50), "p90_ms": pct(90), "p99_ms": pct(99),
            "non2xx": int(non2xx.group(1)) if non2xx else 0}


def p95(path, n=200, auth=AUTH, budget_s=None):
    """The 95th percentile of n sequential requests, in ms; None if one did not answer 200.
    With budget_s, stops after that many seconds (a read that takes seconds would otherwise keep
    the machine busy for an hour) and records how many requests were made in SAMPLES."""
    times = []
    t_start = time.monotonic()
    for _ in range(n):
        t0 = time.monotonic()
        status, _ = request("GET", path, auth=auth)
        times.append((time.monotonic() - t0) * 1000)
        if status != 200:
            return None
        if budget_s and time.monotonic() - t_start > budget_s:
            break
    SAMPLES.append(len(times))
    times.sort()
    return times[max(0, int(len(times) * 0.95) - 1)]


SAMPLES = []
# per measured read (BENCH_BUDGET_S); the county reads normally need a few seconds for all requests
BUDGET_S = float(os.environ.get("BENCH_BUDGET_S", "120"))


def figures_by_company(reports_csv):
    """The dataset's header line, and per organisation number the figures (the rest of the line)
    of each of its reports, for import files re-dated from them."""
    with open(reports_csv, encoding="utf-8") as src:
        header = src.readline()
        per_company = {}
        for line in src:
            org, _period, rest = line.split(",", 2)
            per_company.setdefault(org, []).append(rest)
    return header, per_company


def write_import_100k(reports_csv, out):
    """100,000 new reports for the loaded companies: their figures, re-dated to 2000-Q1 onwards
    (the dataset itself starts later), so every row is an insert."""
    header, per_company = figures_by_company(reports_csv)
    with open(out, "w", encoding="utf-8", newline="") as dst:
        dst.write(header)
        written = 0
        for q in range(64):  # 2000-Q1 .. 2015-Q4
            for org, rests in per_company.items():
                if written == 100_000:
                    return
                dst.write("%s,%d-Q%d,%s" % (org, 2000 + q // 4, q % 4 + 1, rests[q % len(rests)]))
                written += 1


def rss_mb(pid):
    with open("/proc/%d/status" % pid) as f:
        return int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1)) / 1024


def warm_reads(results):
    """The county reads as the admin and anonymously, and the national report: p95 of 50
    sequential requests each, in a service that has already served other requests."""
    for key, path in COUNTY_READS + [("report_nation", "/api/v1/reports/annual?year=2024")]:
        for suffix, auth in [("", AUTH), ("_anon", None)] if key != "report_nation" else [("", AUTH)]:
            v = p95(path, 50, auth, BUDGET_S)
            results[key + suffix + "_p95_ms"] = None if v is None else round(v, 2)
            print("%s%s: p95 %s ms over %d requests" % (key, suffix, v, SAMPLES[-1]), flush=True)
            if SAMPLES[-1] < 50:
                results[key + suffix + "_requests"] = SAMPLES[-1]


def first_reads(app, db, results):
    """Each county read counted from the first request after a start (issue 22's measure): the
    service is started for each of them, and the p95 of its first FIRST requests is kept."""
    for key, path in COUNTY_READS:
        for suffix, auth in [("", AUTH), ("_anon", None)]:
            proc, _ = start_service(app, db)
            try:
                v = p95(path, FIRST, auth, BUDGET_S)
            finally:
                stop_service(proc)
            results[key + suffix + "_first_p95_ms"] = None if v is None else round(v, 2)
            print("%s%s from start: p95 %s ms over %d requests" % (key, suffix, v, SAMPLES[-1]), flush=True)
            if SAMPLES[-1] < FIRST:
                results[key + suffix + "_first_requests"] = SAMPLES[-1]


def throughput(ids, duration, results):
    lua = os.path.join(WORK, "get-company.lua")
    with open(lua, "w") as f:
        f.write("ids = {%s}\nrequest = function()\n  return wrk.format('GET', '/api/v1/companies/' .. "
                "ids[math.random(#ids)])\nend\n" % ",".join(map(str, ids)))
    wrk("/api/v1/companies/%d" % ids[0], 3)  # warm-up
    g = wrk(lua, duration)
    results.update(get_company_rps=round(g["rps"]), get_company_p99_ms=round(g["p99_ms"], 2),
                   get_company_non2xx=g["non2xx"])
    results["company_list_p95_ms"] = round(p95("/api/v1/companies?county=20&status=ACTIVE&size=20"), 2)


def import_and_export(dataset, results):
    big = os.path.join(WORK, "import-100k.csv")
    write_import_100k(os.path.join(dataset, "reports.csv"), big)
    t0 = time.monotonic()
    with open(big, "rb") as f:
        status, resp = request("POST", "/api/v1/employment-reports/import", f.read(), "text/csv", timeout=600)
    results["import_100k_s"] = round(time.monotonic() - t0, 2) if status in (200, 201) else None
    results["import_100k_status"] = status
    t0 = time.monotonic()
    req = urllib.request.Request(BASE + "/api/v1/employment-reports", headers={"Accept": "text/csv",
                                                                               "Authorization": AUTH})
    try:
        with urllib.request.urlopen(req, timeout=600) as r:
            lines = sum(1 for _ in r)
        results["export_all_s"] = round(time.monotonic() - t0, 2)
        results["export_rows"] = lines - 1
    except urllib.error.HTTPError as e:
        results["export_all_s"] = None
        results["export_status"] = e.code


def analyze():
    """What operations.md advises after loading many companies at once: fresh planner statistics."""
    psql = [os.path.join(PG_BIN[-1], "psql"), "-q", "-h", "127.0.0.1", "-p", str(PG_PORT), "-U", "asf", "postgres"]
    subprocess.run(psql + ["-c", "ANALYZE"], check=True)


def bench(db, app, dataset, duration, reads_only=False, reuse=False):
    stop_pg = start_postgres(reuse) if db == "postgresql" else (lambda: None)
    proc = None
    try:
        if AOT:
            app = trained_copy(app, db)
        results = {"java": JAVA, "aot_cache": AOT}
        if not reads_only:
            results["startup_s"] = round(median_startup(app, db, "empty", fresh=True), 2)
        if db == "h2" and not reuse:
            shutil.rmtree(os.path.join(WORK, "h2"), ignore_errors=True)
        proc, _ = start_service(app, db)
        loaded = None if reuse else load(dataset)
        if db == "postgresql":
            analyze()
        if not reads_only:
            throughput(loaded["companies"], duration, results)
        warm_reads(results)
        if not reads_only:
            import_and_export(dataset, results)
            results["rss_mb"] = round(rss_mb(proc.pid))
        stop_service(proc)
        proc = None
        if not reads_only:
            results["restart_s"] = round(median_startup(app, db, "h2" if db == "h2" else "postgres", fresh=False), 2)
        first_reads(app, db, results)
        return results
    finally:
        if proc:
            stop_service(proc)
        stop_pg()


def table(all_results):
    dbs = list(all_results)
    lines = ["| figure | target | " + " | ".join(dbs) + " |", "|---|---|" + "---|" * len(dbs)]
    for key, (label, target, ok) in TARGETS.items():
        if all(key not in r for r in all_results.values()):
            continue  # not measured in this run (--reads-only)
        cells = []
        for db in dbs:
            v = all_results[db].get(key)
            cells.append("n/a" if v is None else "%s %s" % (v, "✅" if ok(v) else "❌"))
        lines.append("| %s | %s | %s |" % (label, target, " | ".join(cells)))
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="both", choices=["h2", "postgresql", "both"])
    ap.add_argument("--duration", type=int, default=15)
    ap.add_argument("--skip-build", action="store_true")
    ap.add_argument("--reads-only", action="store_true",
                    help="load the data and measure only the county and national reads (no wrk, startups, "
                         "import or export)")
    ap.add_argument("--reuse", action="store_true",
                    help="with --reads-only: measure on the database the last run loaded, without loading it "
                         "again (e.g. to compare two builds on the same data)")
    ap.add_argument("--jdk", default=os.environ.get("JAVA_HOME"),
                    help="JDK home to run the service with (default: JAVA_HOME, else java on PATH); "
                         "25 or newer runs it from an AOT cache")
    ap.add_argument("--peer", action="store_true",
                    help="compare with the Spring Boot peer on PostgreSQL (bench/peer.py) instead of the full run")
    ap.add_argument("--own-options", action="store_true",
                    help="with --peer: each side with its own JVM options, as its README starts it")
    ap.add_argument("--extra-options", default="",
                    help="with --peer: JVM options added to the issue's on both sides")
    ap.add_argument("--peer-dir", help="the peer's source folder (default: shared/peers/spring-boot above the checkout)")
    ap.add_argument("--default-path", action="store_true",
                    help="the H2 package through its launcher beside bare java -jar (bench/default_path.py)")
    ap.add_argument("--largest-import", action="store_true",
                    help="the H2 package through its launcher: a 200,000-row import on 80,000 reports (bench/largest_import.py)")
    ap.add_argument("--gc-options", action="store_true",
                    help="the launcher with its own options and other collector settings: RSS after an import "
                         "and while idle (bench/gc_options.py)")
    ap.add_argument("--floor", action="store_true",
                    help="GET company against a REST read that reads nothing, in a throwaway package (bench/floor.py)")
    args = ap.parse_args()
    global JAVA, AOT
    JAVA = os.path.join(args.jdk, "bin", "java") if args.jdk else "java"
    AOT = java_supports_aot(JAVA)
    print("service JVM: %s (%s)" % (JAVA, "AOT cache" if AOT else "no AOT cache"), flush=True)
    os.makedirs(WORK, exist_ok=True)
    if args.peer:
        return compare_with_peer(args)
    if args.default_path:
        return default_path(args)
    if args.largest_import:
        return largest_import(args)
    if args.gc_options:
        return gc_options(args)
    if args.floor:
        return floor(args)
    dataset = os.path.join(WORK, "dataset")
    sh([sys.executable, os.path.join(HERE, "generate.py"), dataset])
    dbs = ["h2", "postgresql"] if args.db == "both" else [args.db]
    all_results = {}
    for db in dbs:
        app = packaged(db, args.skip_build)
        all_results[db] = bench(db, app, dataset, args.duration, args.reads_only or args.reuse, args.reuse)
        with open(os.path.join(WORK, "results-%s.json" % db), "w") as f:
            json.dump(all_results[db], f, indent=2)
    print(json.dumps(all_results, indent=2))
    print(table(all_results))


def packaged(db, skip_build):
    """The package for `db` under bench/work, built again unless --skip-build finds one of the right type."""
    app = os.path.join(WORK, "app-" + db)
    marker = os.path.join(app, ".bench-package")
    if not skip_build or not os.path.exists(marker) or open(marker).read() != package_type():
        app = build(db)
    return app


def on_h2_package(args, module, name, with_duration=True):
    """Runs `module.measure` on the H2 package (or on the one the module's own `build` makes), keeps
    its results in bench/work/results-<name>.json and prints them, with the module's table where it
    has one."""
    here = sys.modules[__name__]
    app = module.build(here) if hasattr(module, "build") else packaged("h2", args.skip_build)
    res = module.measure(here, app, args.duration) if with_duration else module.measure(here, app)
    with open(os.path.join(WORK, "results-%s.json" % name), "w") as f:
        json.dump(res, f, indent=2)
    print(json.dumps(res, indent=2))
    if hasattr(module, "table"):
        print(module.table(res))


def default_path(args):
    import default_path as dp
    on_h2_package(args, dp, "default-path")


def largest_import(args):
    import largest_import as li
    on_h2_package(args, li, "largest-import", with_duration=False)


def gc_options(args):
    import gc_options as gc
    on_h2_package(args, gc, "gc-options")


def floor(args):
    import floor as fl
    on_h2_package(args, fl, "floor")


def compare_with_peer(args):
    import peer
    global JVM_OPTS
    if args.own_options and AOT:
        raise SystemExit("--own-options starts the package's launcher as it is; leave out --jdk")
    if args.own_options and args.extra_options:
        raise SystemExit("--own-options and --extra-options exclude each other")
    flags = None if args.own_options else peer.FLAGS + args.extra_options.split()
    JVM_OPTS = flags or []  # an AOT cache is trained with the options it runs with
    app = packaged("postgresql", args.skip_build)
    if AOT:
        stop_pg = start_postgres()
        try:
            app = trained_copy(app, "postgresql")
        finally:
            stop_pg()
    res = peer.compare(sys.modules[__name__], app, args.peer_dir, args.duration, flags)
    suffix = "-own-options" if args.own_options else "-extra-options" if args.extra_options else ""
    with open(os.path.join(WORK, "results-peer%s.json" % suffix), "w") as f:
        json.dump(res, f, indent=2)
    print(json.dumps(res, indent=2))
    print(peer.table(res))


if __name__ == "__main__":
    main()
