"""What a REST read costs on this stack before it reads anything (issue 22's `GET`/live target).

Called by `bench/run.py --floor`. The default path's `GET /companies/{id}` is compared with the
live endpoint; this asks how much of the gap is the framework and how much the read. It builds a
throwaway variant of the package in a scratch worktree of HEAD with one extra resource (never part
of the service; `RESOURCE` below), public through the access policy's county paths:
- `floor/x` answers a two-field record: the HTTP stack, RESTEasy Reactive's hop to a worker
  thread and every filter of the service, but no read;
- `floor/company` answers one company's response, read once and then kept, with its ETag: the same
  work plus the JSON of a company, still without a database read.
On the default path's data (500 companies), through the launcher, two rounds of one start each:
`GET /companies/{id}` as the admin, each floor as the admin and anonymously, and the live endpoint,
with the service's CPU time per request (from /proc) and wrk's (its rusage) beside the rates.
"""
import os
import resource
import shutil
import subprocess
import sys

import default_path as dp

ROUNDS = 2
WARM_UP_S = 5
FLOOR = "/api/v1/counties/floor"
RESOURCE = '''package se.asfregister.area;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.asfregister.company.CompanyRecords.CompanyResponse;
import se.asfregister.company.CompanyService;
import se.asfregister.web.Responses;

/** Written by bench/floor.py into a scratch worktree; never part of the service. */
@Path("%s")
@Produces(MediaType.APPLICATION_JSON)
public class BenchFloorResource {

    public record Floor(String code, String name) {
    }

    @Inject
    CompanyService companies;

    private volatile CompanyResponse kept;

    @GET
    @Path("/x")
    public Floor floor() {
        return new Floor("20", "Dalarnas l\\u00e4n");
    }

    @GET
    @Path("/company")
    public Response company() {
        CompanyResponse c = kept;
        if (c == null) {
            kept = c = companies.get(1);
        }
        return Responses.ok(c, c.version());
    }
}
''' % FLOOR
TICKS = os.sysconf("SC_CLK_TCK")


def drop_worktree(r, src):
    """The scratch worktree gone, also one an interrupted run left behind."""
    subprocess.run(["git", "worktree", "remove", "--force", src], cwd=r.ROOT, capture_output=True)
    shutil.rmtree(src, ignore_errors=True)
    subprocess.run(["git", "worktree", "prune"], cwd=r.ROOT)


def build(r):
    """The package of HEAD plus the floor resource, in bench/work/app-floor."""
    src = os.path.join(r.WORK, "floor-src")
    drop_worktree(r, src)
    r.sh(["git", "worktree", "add", "--detach", src, "HEAD"], cwd=r.ROOT)
    try:
        with open(os.path.join(src, "src/main/java/se/asfregister/area/BenchFloorResource.java"), "w") as f:
            f.write(RESOURCE)
        r.sh([os.path.join(src, "mvnw"), "-B", "-q", "package", "-DskipTests"], cwd=src)
        app = os.path.join(r.WORK, "app-floor")
        shutil.rmtree(app, ignore_errors=True)
        shutil.copytree(os.path.join(src, "target", "quarkus-app"), app)
        return app
    finally:
        drop_worktree(r, src)


def service_cpu_s(pid):
    fields = open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def wrk_cpu_s():
    u = resource.getrusage(resource.RUSAGE_CHILDREN)
    return u.ru_utime + u.ru_stime


def measured(r, pid, target, duration, auth):
    """wrk's figures, and the service's and wrk's CPU time per request in microseconds."""
    s0, w0 = service_cpu_s(pid), wrk_cpu_s()
    out = r.wrk(target, duration, auth=auth)
    requests = out["rps"] * duration
    return {"rps": out["rps"], "p99_ms": out["p99_ms"], "non2xx": out["non2xx"],
            "service_us": round((service_cpu_s(pid) - s0) / requests * 1e6, 1),
            "wrk_us": round((wrk_cpu_s() - w0) / requests * 1e6, 1)}


def measure(r, app, duration):
    _, ids = dp.loaded(r, app)
    lua = dp.get_company_script(r, ids)
    reads = [("get_company", lua, r.AUTH), ("floor_admin", FLOOR + "/x", r.AUTH), ("floor_anonymous", FLOOR + "/x", None),
             ("floor_company_admin", FLOOR + "/company", r.AUTH), ("live", "/q/health/live", None)]
    rounds = []
    for n in range(ROUNDS):
        dp.round_copy(r)
        proc, _ = dp.start(r, [os.path.join(app, "run")], "h2-round")
        try:
            for _, target, auth in reads:
                r.wrk(target, WARM_UP_S, auth=auth)
            m = {name: measured(r, proc.pid, target, duration, auth) for name, target, auth in reads}
        finally:
            dp.stop(r, proc)
        for name, _, _ in reads[:-1]:
            m[name]["vs_live"] = round(m[name]["rps"] / m["live"]["rps"], 3)
        print("round %d: %s" % (n + 1, m), flush=True)
        rounds.append(m)
    return {"rounds": rounds}


def table(res):
    names = list(res["rounds"][0])
    lines = ["| read | req/s | vs live | service CPU per request, µs | wrk's, µs |", "|---|---|---|---|---|"]
    for name in names:
        ms = [rnd[name] for rnd in res["rounds"]]

        def span(key):
            vs = [m[key] for m in ms if key in m]
            return "%s–%s" % (min(vs), max(vs)) if vs else ""
        lines.append("| %s | %s | %s | %s | %s |" % (name, span("rps"), span("vs_live"), span("service_us"), span("wrk_us")))
    return "\n".join(lines)
