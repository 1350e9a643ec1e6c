package se.asfregister.employment;

import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

    /**
     * Many companies at once, straight into the table (the API would take minutes), with ids far
     * above anything the sequences hand out. Returns their organisation numbers.
     */
    static List<String> insertCompanies(DataSource ds, int count, int seedOffset) {
        List<String> numbers = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO company (id, organisation_number, name, search_name, legal_form, municipality_code, "
                        + "status, sells_goods_or_services, integration_purpose, employee_participation, "
                        + "reinvests_profits, independent_of_public_sector, meets_asf_criteria, version, created_at, "
                        + "updated_at) VALUES (?, ?, ?, ?, 'ECONOMIC_ASSOCIATION', '2080', 'ACTIVE', TRUE, TRUE, "
                        + "TRUE, TRUE, TRUE, TRUE, 0, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                String orgNo = Fixtures.orgNumber(seedOffset + i);
                ps.setLong(1, 50_000_000L + seedOffset + i);
                ps.setString(2, orgNo);
                ps.setString(3, "Bulk " + i);
                ps.setString(4, "bulk " + i);
                ps.setObject(5, now);
                ps.setObject(6, now);
                ps.addBatch();
                numbers.add(orgNo);
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return numbers;
    }
}
