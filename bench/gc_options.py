"""Memory after an import under other collector settings (issue 22: RSS <= 300 MB after the load,
import and export).

Called by `bench/run.py --gc-options`. The H2 package through its launcher, on the default path's
data (500 companies x 20 quarters, bench/default_path.py), once with the launcher's own JVM options
and once with each set below given as ASF_JVM_DEFAULTS, in alternating rounds. Per round, on a fresh
copy of the loaded database: ready, `GET /companies/{id}` and `/q/health/live` with wrk, RSS after
the reads, the default path's import and export, then RSS right after them and after 5, 10 and 20
idle seconds (a collector that gives memory back does it when the process is idle).

The AOT cache was trained with the launcher's options; the JVM uses it with another collector too.
"""
import json
import os
import time

ROUNDS = 2
IDLE_S = (5, 10, 20)
SMALL = "-XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=64m -Xss512k"
SETS = {
    "launcher": None,
    # the serial collector without -Xms: the heap starts at its cap (1/64 of the machine's memory,
    # capped by -Xmx) and is never shrunk below it
    "serial, whole heap": "-Xmx256m -XX:+UseSerialGC " + SMALL,
    # G1 collects when the process has been idle for a second (JEP 346) and gives back what is
    # more than 30 % free; the heap starts at 32 MB instead of the whole cap
    "G1, periodic": "-Xms32m -Xmx256m -XX:+UseG1GC -XX:G1PeriodicGCInterval=1000 -XX:MinHeapFreeRatio=10 "
                    "-XX:MaxHeapFreeRatio=30 " + SMALL,
}


def one_round(r, dp, app, ids, dataset, defaults, duration):
    dp.round_copy(r)
    proc, ready = dp.start(r, dp.WAYS["launcher"](r, app), "h2-round", defaults)
    m = {"ready_loaded_s": ready}
    try:
        m.update(dp.reads(r, ids, duration))
        m["rss_mb"] = r.rss_mb(proc.pid)
        r.import_and_export(dataset, m)
        m["rss_after_import_export_mb"] = r.rss_mb(proc.pid)
        waited = 0
        for s in IDLE_S:
            time.sleep(s - waited)
            waited = s
            m["rss_idle_%ds_mb" % s] = r.rss_mb(proc.pid)
    finally:
        dp.stop(r, proc)
    return m


def measure(r, app, duration):
    import default_path as dp
    dataset, ids = dp.loaded(r, app)
    rounds = {name: [] for name in SETS}
    for n in range(ROUNDS):
        for name in (list(SETS) if n % 2 == 0 else list(reversed(SETS))):
            m = one_round(r, dp, app, ids, dataset, SETS[name], duration)
            print("round %d, %s: %s" % (n + 1, name, json.dumps({k: round(v, 2) for k, v in m.items()})), flush=True)
            rounds[name].append(m)
    return {name: {key: [round(m[key], 2) if m[key] is not None else None for m in ms] for key in ms[0]}
            for name, ms in rounds.items()}


LABELS = [("ready_loaded_s", "ready, loaded database, s"), ("get_company_rps", "GET company, req/s"),
          ("get_company_p99_ms", "GET company p99, ms"), ("get_company_vs_live", "GET company / live"),
          ("rss_mb", "RSS after the reads, MB"), ("import_100k_s", "import of 32,000 new reports, s"),
          ("rss_after_import_export_mb", "RSS right after the import and export, MB")] + [
          ("rss_idle_%ds_mb" % s, "RSS %d s later, MB" % s) for s in IDLE_S]


def table(res):
    """Every round's figure, not the best: the point is how far apart the settings are."""
    names = list(res)
    lines = ["| figure | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    for key, label in LABELS:
        lines.append("| %s | %s |" % (label, " | ".join(" / ".join(str(v) for v in res[n][key]) for n in names)))
    return "\n".join(lines)
