#!/usr/bin/env python3
"""Offering search benchmark: package the service (or reuse bench/work/app-<db>), start it on
loopback with an empty database, load 2,000 companies with 5 offerings each through the public
API, then measure anonymous searches of the directory (GET /api/v1/offerings) sequentially:
warm searches over a mix of words, typos and filters, and searches right after a write (each
write of a company or an offering, then one search).
Results go to bench/work/results-search-<db>.json and a markdown table on stdout.

Usage: bench/search.py [--db h2|postgresql] [--skip-build] [--companies 2000] [--per-company 5]
                       [--searches 400] [--jdk JDK_HOME] [--port 18080]
Needs what bench/run.py needs (JDK 17+, python3; for PostgreSQL Debian's postgresql package).
"""
import argparse
import concurrent.futures
import json
import os
import shutil
import sys
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate  # noqa: E402
import run  # noqa: E402

MUNICIPALITIES = ["2080", "2081", "2082", "2083", "2084", "2085", "2061", "2062", "2180", "0180"]
# (title, description, CPV code): what such companies sell, varied by a number so texts differ
OFFERS = [
    ("Kontorsstädning", "Vi städar kontor, trapphus och personalrum.", "90910000-9"),
    ("Lunchcatering", "Catering av luncher och matlådor till arbetsplatser.", "55520000-1"),
    ("Möbelrenovering", "Vi renoverar och klär om stolar, soffor och andra möbler.", "50850000-8"),
    ("Trädgårdsskötsel", "Gräsklippning, häckklippning och plantering.", "77310000-6"),
    ("Café", "Kafé med hembakat bröd, kaffe och smörgåsar.", "55300000-3"),
    ("Tvätteri", "Tvätt och mangling av arbetskläder och textilier.", "98310000-9"),
    ("Snickeri", "Hyllor, bänkar och specialbeställda möbler.", "45421000-4"),
    ("Tryckeri", "Tryck av broschyrer, visitkort och skyltar.", "79800000-2"),
    ("Cykelverkstad", "Reparation och service av cyklar.", "50000000-5"),
    ("Budtjänst", "Budbil och leveranser inom kommunen.", "60000000-8"),
]
SEARCHES = ["q=st%C3%A4dning", "q=catering", "q=m%C3%B6bler", "q=kontorsst%C3%A4dning", "q=cafe",
            "q=catring", "q=tr%C3%A4dg%C3%A5rd", "q=snickery", "q=tv%C3%A4tt&county=20", "q=cykel&municipality=2081",
            "cpv=909", "county=20", "q=br%C3%B6d&cpv=55", "q=renovering+av+m%C3%B6bler", "q=budbil&size=50"]


def load(companies, per_company):
    def company(i):
        body = {"name": "Företag %d" % i, "organisationNumber": generate.org_number(200000 + i),
                "legalForm": "ECONOMIC_ASSOCIATION", "municipalityCode": MUNICIPALITIES[i % len(MUNICIPALITIES)]}
        status, answer = run.request("POST", "/api/v1/companies", body)
        assert status == 201, answer
        cid = json.loads(answer)["id"]
        offering_ids = []
        for k in range(per_company):
            title, text, cpv = OFFERS[(i + k) % len(OFFERS)]
            body = {"companyId": cid, "titleSv": "%s %d" % (title, k), "descriptionSv": "%s Nr %d." % (text, i),
                    "cpvCode": cpv, "contactEmail": "order%d@example.se" % i}
            status, answer = run.request("POST", "/api/v1/offerings", body)
            assert status == 201, answer
            offering_ids.append(json.loads(answer)["id"])
        return cid, offering_ids

    t0 = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        ids = list(pool.map(company, range(companies)))
    return [c for c, _ in ids], [o for _, os_ in ids for o in os_], time.monotonic() - t0


def timed(path):
    t0 = time.monotonic()
    status, _ = run.request("GET", path, auth=None)
    assert status == 200, path
    return (time.monotonic() - t0) * 1000


def figures(times):
    return {"p50": pct(times, 0.50), "p95": pct(times, 0.95), "max": pct(times, 1.0)}


def pct(times, p):
    times = sorted(times)
    return round(times[max(0, int(len(times) * p) - 1)], 1)


def bench(db, app, companies, per_company, searches):
    database = "search"
    if db == "postgresql":
        run.start_postgres()
        run.new_pg_database(database)
    else:
        shutil.rmtree(os.path.join(run.WORK, database), ignore_errors=True)
    proc, _ = run.start_service(app, db, database)
    try:
        ids, offering_ids, load_s = load(companies, per_company)
        first = timed("/api/v1/offerings?q=st%C3%A4dning")  # builds the index
        for q in SEARCHES:
            timed("/api/v1/offerings?" + q)
        by_query = {q: [] for q in SEARCHES}
        for i in range(searches):
            q = SEARCHES[i % len(SEARCHES)]
            by_query[q].append(timed("/api/v1/offerings?" + q))
        warm = [t for times in by_query.values() for t in times]
        after_write, after_offering_write = [], []
        for i in range(20):
            body = {"description": "Uppdaterad %d" % i}
            status, _ = run.request("PATCH", "/api/v1/companies/%d" % ids[i], json.dumps(body).encode(),
                                    content_type="application/merge-patch+json")
            assert status == 200
            after_write.append(timed("/api/v1/offerings?q=st%C3%A4dning"))
        for i in range(20):
            body = {"descriptionSv": "Vi städar kontor och trapphus, uppdaterad %d." % i}
            status, _ = run.request("PATCH", "/api/v1/offerings/%d" % offering_ids[i * 7], json.dumps(body).encode(),
                                    content_type="application/merge-patch+json")
            assert status == 200
            after_offering_write.append(timed("/api/v1/offerings?q=st%C3%A4dning"))
        return {"offerings": companies * per_company, "load_s": round(load_s, 1), "first_search_ms": round(first, 1),
                "search_p50_ms": pct(warm, 0.50), "search_p95_ms": pct(warm, 0.95), "search_max_ms": pct(warm, 1.0),
                "search_after_write_p50_ms": pct(after_write, 0.50),
                "search_after_write_p95_ms": pct(after_write, 0.95),
                "search_after_offering_write_p50_ms": pct(after_offering_write, 0.50),
                "search_after_offering_write_p95_ms": pct(after_offering_write, 0.95),
                "by_query_ms": {urllib.parse.unquote_plus(q): figures(t) for q, t in by_query.items()}}
    finally:
        run.stop_service(proc)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="h2", choices=["h2", "postgresql"])
    ap.add_argument("--skip-build", action="store_true")
    ap.add_argument("--companies", type=int, default=2000)
    ap.add_argument("--per-company", type=int, default=5)
    ap.add_argument("--searches", type=int, default=400)
    ap.add_argument("--jdk", default=os.environ.get("JAVA_HOME"))
    ap.add_argument("--port", type=int, default=run.PORT, help="loopback port of the service")
    args = ap.parse_args()
    run.PORT, run.BASE = args.port, "http://127.0.0.1:%d" % args.port
    run.JAVA = os.path.join(args.jdk, "bin", "java") if args.jdk else "java"
    run.AOT = run.java_supports_aot(run.JAVA)
    os.makedirs(run.WORK, exist_ok=True)
    app = os.path.join(run.WORK, "app-" + args.db)
    marker = os.path.join(app, ".bench-package")
    if not args.skip_build or not os.path.exists(marker) or open(marker).read() != run.package_type():
        app = run.build(args.db)
    result = bench(args.db, app, args.companies, args.per_company, args.searches)
    with open(os.path.join(run.WORK, "results-search-%s.json" % args.db), "w") as f:
        json.dump(result, f, indent=2)
    print(json.dumps(result, indent=2))
    print("| figure | %s |\n|---|---|" % args.db)
    for k, v in result.items():
        if k != "by_query_ms":
            print("| %s | %s |" % (k, v))
    print("\n| query | p50 ms | p95 ms | max ms |\n|---|---|---|---|")
    for q, f in result["by_query_ms"].items():
        print("| `%s` | %s | %s | %s |" % (q, f["p50"], f["p95"], f["max"]))


if __name__ == "__main__":
    main()
