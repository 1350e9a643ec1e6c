"""The largest import the service accepts, on its default path.

Called by `bench/run.py --largest-import`. Starts the H2 package through its launcher (the
README's command, no options: 256 MB of heap), loads the national dataset (2,000 companies,
40 quarters: 80,000 reports), then imports 200,000 rows, the most one import may have
(employment.ImportBatch.MAX_ROWS): each company's quarters 2000-Q1 to 2024-Q4, so 128,000 new
reports and 72,000 rows for stored ones with other figures. Reports the answer, the time and
the process's RSS.
"""
import json
import os
import shutil
import sys
import time

ROWS = 200_000


def write_rows(r, reports_csv, out):
    """ROWS rows for the dataset's companies, each with figures of one of its stored reports."""
    header, per_company = r.figures_by_company(reports_csv)
    with open(out, "w", encoding="utf-8", newline="") as dst:
        dst.write(header)
        written = 0
        for q in range(100):  # 2000-Q1 .. 2024-Q4
            for org, rests in per_company.items():
                if written == ROWS:
                    return written
                # another stored report's figures, so a row for a stored quarter changes it
                dst.write("%s,%d-Q%d,%s" % (org, 2000 + q // 4, q % 4 + 1, rests[(q + 1) % len(rests)]))
                written += 1
    return written


def measure(r, app):
    dataset = os.path.join(r.WORK, "dataset")
    r.sh([sys.executable, os.path.join(r.HERE, "generate.py"), dataset])
    rows = os.path.join(r.WORK, "import-largest.csv")
    written = write_rows(r, os.path.join(dataset, "reports.csv"), rows)
    db = os.path.join(r.WORK, "h2-largest")
    shutil.rmtree(db, ignore_errors=True)
    env = dict(os.environ, QUARKUS_HTTP_PORT=str(r.PORT), QUARKUS_HTTP_HOST="127.0.0.1", ASF_DEMO_DATA_ENABLED="false",
               ASF_ADMIN_PASSWORD=r.ADMIN_PASSWORD,
               QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:%s/asf;DB_CLOSE_ON_EXIT=FALSE" % db)
    for name in ("JAVA_OPTS", "ASF_JVM_DEFAULTS"):
        env.pop(name, None)
    with open(os.path.join(r.WORK, "largest-import.log"), "w") as log:
        proc, _ = r.launch([os.path.join(app, "run")], env, log, r.BASE + "/q/health/ready")
        try:
            r.load(dataset)
            with open(rows, "rb") as f:
                body = f.read()
            t0 = time.monotonic()
            status, resp = r.request("POST", "/api/v1/employment-reports/import", body, "text/csv", timeout=900)
            result = {"rows": written, "status": status, "seconds": round(time.monotonic() - t0, 1),
                      "answer": json.loads(resp) if status == 200 else resp[:300].decode(errors="replace"),
                      "rss_mb": round(r.rss_mb(proc.pid), 1)}
        finally:
            r.stop_service(proc, 120)
    return result
