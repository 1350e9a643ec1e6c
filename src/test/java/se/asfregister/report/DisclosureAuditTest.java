package se.asfregister.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.asfregister.report.disclosure.PrimaryRules;
import se.asfregister.support.TestDb;

/**
 * The disclosure audit (docs/reporting.md, "What is guaranteed"): for many random registers,
 * every output an anonymous caller can read for the year reported on and its baseline year —
 * the national and county annual reports (with their progress), county progress, each goal's
 * progress and the activity list — is collected through the HTTP API, and {@link DisclosureAudit}
 * checks with exact linear algebra that no hidden figure, and no single company's figure, can be
 * worked out by anyone, nor by a company that knows its own figures; and that every visible
 * figure passes the primary rules.
 */
@QuarkusTest
public class DisclosureAuditTest {

    /** Random registers per run (override with -Dasf.disclosure-audit.seeds=N for a longer hunt). */
    static final int SEEDS = Integer.getInteger("asf.disclosure-audit.seeds", 20);

    /** The first register's seed (-Dasf.disclosure-audit.first-seed=N to look at other registers). */
    static final int FIRST_SEED = Integer.getInteger("asf.disclosure-audit.first-seed", 1);

    /** Fewest contributors a visible figure may rest on: 3 besides any one company that knows its own. */
    static final int MIN_COMPANIES = PrimaryRules.MIN_OTHER_CONTRIBUTORS + 1;

    @Inject
    DataSource ds;

    @AfterEach
    void tearDown() {
        ReportFixtures.deleteExtraGoals(ds);
        TestDb.clear(ds);
    }

    @Test
    void noHiddenFigureCanBeWorkedOutFromAllPublicOutputs() {
        List<String> failures = new ArrayList<>();
        long collecting = 0;
        long checking = 0;
        for (int seed = FIRST_SEED; seed < FIRST_SEED + SEEDS; seed++) {
            TestDb.clear(ds);
            ReportFixtures.deleteExtraGoals(ds);
            RandomRegister register = RandomRegister.insert(ds, seed);
            addGoals();
            DisclosureAudit audit = new DisclosureAudit(register, MIN_COMPANIES);
            long start = System.nanoTime();
            collect(audit, RandomRegister.COUNTIES.get(seed % RandomRegister.COUNTIES.size()));
            long collected = System.nanoTime();
            for (String f : audit.failures()) {
                failures.add("seed " + seed + ": " + f);
            }
            collecting += collected - start;
            checking += System.nanoTime() - collected;
        }
        System.out.printf("disclosure audit: %d registers, collecting %d ms, checking %d ms%n", SEEDS,
                collecting / 1_000_000, checking / 1_000_000);
        assertEquals("", summary(failures));
    }

    /** How many failures of each kind, with the first few of each: enough to see what broke. */
    static String summary(List<String> failures) {
        Map<String, List<String>> byKind = new java.util.TreeMap<>();
        for (String f : failures) {
            String kind = KINDS.stream().filter(f::contains).findFirst().orElse("other");
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(f);
        }
        StringBuilder s = new StringBuilder();
        byKind.forEach((kind, list) -> s.append(list.size()).append(" x '").append(kind).append("', e.g.\n  ")
                .append(String.join("\n  ", list.subList(0, Math.min(4, list.size())))).append('\n'));
        return s.toString();
    }

    private static final List<String> KINDS = List.of("can work out hidden", "of the single company", "persons",
            "rests on", "85 %", "the register");

    /** Growth goals (like with like) and absolute goals on each person indicator, in every county used. */
    private void addGoals() {
        long id = 1000;
        for (String county : RandomRegister.COUNTIES) {
            int base = RandomRegister.BASE_YEAR;
            ReportFixtures.goal(ds, id++, county, "EMPLOYEES", base, 2020, "PERCENT_GROWTH", 5);
            ReportFixtures.goal(ds, id++, county, "PARTICIPANTS", base, 2020, "PERCENT_GROWTH", 10);
            ReportFixtures.goal(ds, id++, county, "TRANSITIONS_TO_WORK", base, 2020, "PERCENT_GROWTH", 20);
            ReportFixtures.goal(ds, id++, county, "EMPLOYEES", base, 2020, "AT_LEAST", 10);
            ReportFixtures.goal(ds, id++, county, "PARTICIPANTS", null, 2020, "AT_LEAST", 10);
            ReportFixtures.goal(ds, id++, county, "TRANSITIONS_TO_WORK", null, 2020, "AT_LEAST", 5);
        }
    }

    /**
     * Every output for both years: the national and county annual reports (which carry each
     * county's progress for that year), county progress and the activity list; and one goal's
     * own progress (the same computation as county progress, for one goal of one county).
     */
    private static void collect(DisclosureAudit audit, String goalCounty) {
        Set<Object> goals = new LinkedHashSet<>();
        for (int year : RandomRegister.YEARS) {
            audit.annualReport("national " + year, year, get("/api/v1/reports/annual", null, year).getMap(""));
            for (String county : RandomRegister.COUNTIES) {
                audit.annualReport("county " + county + " " + year, year,
                        get("/api/v1/reports/annual", county, year).getMap(""));
            }
        }
        for (String county : RandomRegister.COUNTIES) {
            for (Map<String, Object> p : get("/api/v1/progress", county, RandomRegister.YEAR)
                    .<Map<String, Object>>getList("progress")) {
                audit.progress("progress", p);
                if (county.equals(goalCounty) && goals.isEmpty()) {
                    goals.add(p.get("goalId"));
                }
            }
        }
        for (Object goal : goals) {
            audit.progress("goal", anonymous().queryParam("year", RandomRegister.YEAR)
                    .get("/api/v1/goals/" + goal + "/progress").then().statusCode(200).extract().jsonPath().getMap(""));
        }
        audit.activities(anonymous().queryParam("size", 200).get("/api/v1/activities").then().statusCode(200)
                .extract().jsonPath().getList("items"));
    }

    /**
     * An anonymous request. Not checked against the contract here: thousands of responses per run,
     * and the shapes are checked by the report tests; this test is about their values.
     */
    private static io.restassured.specification.RequestSpecification anonymous() {
        return io.restassured.RestAssured.given();
    }

    private static JsonPath get(String path, String county, int year) {
        var spec = anonymous().queryParam("year", year);
        if (county != null) {
            spec = spec.queryParam("county", county);
        }
        return spec.get(path).then().statusCode(200).extract().jsonPath();
    }
}
