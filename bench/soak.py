#!/usr/bin/env python3
"""Soak: mixed read/write traffic against a packaged service on loopback for a bounded time,
sampling heap (from /q/metrics) and RSS (from /proc) so that a leak shows as a trend.

Usage: bench/soak.py [--seconds 300] [--workers 4] [--skip-build]
Writes bench/work/soak-samples.csv and prints a summary; stops by itself.
"""
import argparse
import json
import os
import random
import re
import signal
import sys
import threading
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run  # noqa: E402  (shares build/start/request helpers with the benchmark)
from generate import org_number as org  # noqa: E402


def heap_mb():
    with urllib.request.urlopen(run.BASE + "/q/metrics", timeout=5) as r:
        text = r.read().decode()
    used = sum(float(m.group(1)) for m in
               re.finditer(r'jvm_memory_used_bytes\{[^}]*area="heap"[^}]*\}\s+([0-9.eE+]+)', text))
    return used / 1024 / 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=int, default=300)
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--skip-build", action="store_true")
    args = ap.parse_args()
    os.makedirs(run.WORK, exist_ok=True)
    app = os.path.join(run.WORK, "app-h2")
    if not args.skip_build or not os.path.exists(app):
        app = run.build("h2")
    proc, _ = run.start_service(app, "h2")
    stop = threading.Event()
    counts = {"requests": 0, "errors": 0}
    lock = threading.Lock()
    ids = []
    for i in range(200):
        status, body = run.request("POST", "/api/v1/companies", {
            "name": "Soak %03d" % i, "organisationNumber": org(900000 + i), "legalForm": "OTHER",
            "municipalityCode": "2081"})
        ids.append(json.loads(body)["id"])

    def worker(seed):
        rnd = random.Random(seed)
        while not stop.is_set():
            cid = rnd.choice(ids)
            roll = rnd.random()
            if roll < 0.5:
                status, _ = run.request("GET", "/api/v1/companies/%d" % cid)
            elif roll < 0.7:
                status, _ = run.request("GET", "/api/v1/companies?county=20&page=%d&size=20" % rnd.randint(0, 9))
            elif roll < 0.8:
                status, _ = run.request("GET", "/api/v1/reports/annual?county=20&year=%d" % rnd.randint(2020, 2025))
            elif roll < 0.9:
                n = rnd.randint(0, 20)
                g = {"women": n, "men": n // 2, "other": 0}
                status, _ = run.request("PUT", "/api/v1/companies/%d/employment-reports/%d-Q%d" % (
                    cid, rnd.randint(2020, 2025), rnd.randint(1, 4)), {
                    "employees": g, "employeesWithWageSubsidy": {"women": 0, "men": 0, "other": 0},
                    "workTraining": g, "rehabilitation": g, "internships": g,
                    "transitionsToWork": 1, "transitionsToEducation": 0, "revenueSek": rnd.randint(0, 10**6)})
            else:
                status, body = run.request("PATCH", "/api/v1/companies/%d" % cid,
                                           {"description": "soak %d" % rnd.randint(0, 10**6)},
                                           "application/merge-patch+json")
            with lock:
                counts["requests"] += 1
                if status >= 500:
                    counts["errors"] += 1

    threads = [threading.Thread(target=worker, args=(s,), daemon=True) for s in range(args.workers)]
    for t in threads:
        t.start()
    samples = []
    t0 = time.monotonic()
    try:
        while time.monotonic() - t0 < args.seconds:
            time.sleep(5)
            samples.append((round(time.monotonic() - t0), round(heap_mb(), 1), round(run.rss_mb(proc.pid), 1),
                            counts["requests"]))
            print("t=%4ds heap=%6.1f MB rss=%6.1f MB requests=%d" % samples[-1], flush=True)
    finally:
        stop.set()
        for t in threads:
            t.join(10)
        proc.send_signal(signal.SIGTERM)
        proc.wait(30)
    with open(os.path.join(run.WORK, "soak-samples.csv"), "w") as f:
        f.write("seconds,heap_mb,rss_mb,requests\n")
        for s in samples:
            f.write("%d,%.1f,%.1f,%d\n" % s)
    third = max(1, len(samples) // 3)
    first = sum(s[2] for s in samples[:third]) / third
    last = sum(s[2] for s in samples[-third:]) / third
    print("requests: %d, server errors: %d" % (counts["requests"], counts["errors"]))
    print("RSS first third avg %.1f MB, last third avg %.1f MB (%+.1f%%)" % (first, last, (last - first) / first * 100))
    print("heap max %.1f MB" % max(s[1] for s in samples))


if __name__ == "__main__":
    main()
