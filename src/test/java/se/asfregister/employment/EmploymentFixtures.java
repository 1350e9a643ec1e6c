package se.asfregister.employment;

import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;

/** Report bodies, import files and the demo reporter's binding for the employment report tests. */
final class EmploymentFixtures {

    static final String HEADER = String.join(",", Figures.COLUMNS);

    private EmploymentFixtures() {
    }

    static Map<String, Object> counts(int women, int men, int other) {
        return Map.of("women", women, "men", men, "other", other);
    }

    /** A valid report body; {@code n} varies the figures. */
    static Map<String, Object> report(int n) {
        Map<String, Object> body = new HashMap<>();
        body.put("employees", counts(3 + n, 2, 0));
        body.put("employeesWithWageSubsidy", counts(2, 1, 0));
        body.put("workTraining", counts(4, 3, 0));
        body.put("rehabilitation", counts(1, 2, 0));
        body.put("internships", counts(1, 0, 1));
        body.put("transitionsToWork", 1);
        body.put("transitionsToEducation", 0);
        body.put("revenueSek", 1_250_000L + n);
        return body;
    }

    /** One CSV line in the import's column order; {@code n} varies the figures. */
    static String csvRow(String orgNo, String period, int n) {
        int e = 5 + n % 7;
        return orgNo + "," + period + "," + e + ",4,0,2,1,0," + (n % 5) + ",3,0,1,2,0,1,0,1," + (n % 3) + ",0,"
                + (100_000L + n);
    }

    /** The periods 2016-Q1 … 2025-Q4, oldest first. */
    static List<String> periods(int count) {
        List<String> list = new ArrayList<>();
        for (int y = 2016; list.size() < count; y++) {
            for (int q = 1; q <= 4 && list.size() < count; q++) {
                list.add(y + "-Q" + q);
            }
        }
        return list;
    }

    static void bindDemoReporter(Long... companyIds) {
        long id = Api.given().queryParam("q", Api.REPORTER).get("/api/v1/users")
                .then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.username == '" + Api.REPORTER + "' }.id");
        Api.given().contentType(ContentType.JSON)
                .body(Map.of("roles", List.of("REPORTER"), "companyIds", List.of(companyIds), "enabled", true))
                .put("/api/v1/users/" + id)
                .then().statusCode(200);
    }

    /** {@link Fixtures#insertCompanies}, on a connection of {@code ds}. */
    static List<String> insertCompanies(DataSource ds, int count, int seedOffset) {
        try (Connection c = ds.getConnection()) {
            return Fixtures.insertCompanies(c, count, seedOffset);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
