package se.asfregister.employment;

import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;

/** Report bodies, import files and the demo reporter's binding for the employment report tests. */
final class EmploymentFixtures {

    /** The header of a file written before the optional columns existed: every test file uses it, so it still imports. */
    static final String HEADER = String.join(",", Figures.REQUIRED_COLUMNS);

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

    /** One import row by column name; {@code n} varies the figures. */
    static Map<String, Object> row(String orgNo, String period, int n) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("organisationNumber", orgNo);
        row.put("period", period);
        row.put("employeesWomen", 5 + n % 7);
        row.put("employeesMen", 4);
        row.put("employeesOther", 0);
        row.put("wageSubsidyWomen", 2);
        row.put("wageSubsidyMen", 1);
        row.put("wageSubsidyOther", 0);
        row.put("workTrainingWomen", n % 5);
        row.put("workTrainingMen", 3);
        row.put("workTrainingOther", 0);
        row.put("rehabilitationWomen", 1);
        row.put("rehabilitationMen", 2);
        row.put("rehabilitationOther", 0);
        row.put("internshipsWomen", 1);
        row.put("internshipsMen", 0);
        row.put("internshipsOther", 1);
        row.put("transitionsToWork", n % 3);
        row.put("transitionsToEducation", 0);
        row.put("revenueSek", 100_000L + n);
        return row;
    }

    /** {@link #row} as one CSV line in {@link #HEADER}'s column order. */
    static String csvRow(String orgNo, String period, int n) {
        Map<String, Object> row = row(orgNo, period, n);
        return String.join(",", Figures.REQUIRED_COLUMNS.stream().map(c -> String.valueOf(row.get(c))).toList());
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
