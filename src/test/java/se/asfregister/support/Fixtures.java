package se.asfregister.support;

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
import java.util.stream.Collectors;

/** Builders for valid request bodies and shortcuts to create resources through the API. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A valid organisationsnummer ("NNNNNN-NNNN") derived from {@code seed}; distinct seeds give distinct numbers. */
    public static String orgNumber(int seed) {
        String nine = String.format("55%07d", seed);
        for (int check = 0; check <= 9; check++) {
            String digits = nine + check;
            if (luhn(digits)) {
                return digits.substring(0, 6) + "-" + digits.substring(6);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            if (i % 2 == 0) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    /** A minimal valid company body; callers add or replace fields. */
    public static Map<String, Object> company(int seed, String name, String municipalityCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("organisationNumber", orgNumber(seed));
        body.put("legalForm", "ECONOMIC_ASSOCIATION");
        body.put("municipalityCode", municipalityCode);
        return body;
    }

    /** A minimal valid company body with a contact person (personal data: shown only to callers allowed to see it). */
    public static Map<String, Object> companyWithContact(int seed, String name, String municipalityCode,
            String contactName, String email) {
        Map<String, Object> body = company(seed, name, municipalityCode);
        body.put("contact", Map.of("name", contactName, "email", email));
        return body;
    }

    /**
     * A JSON body of {@code bytes} bytes or more that is large by its padding alone. A megabyte
     * string value would be copied again and again by the test client's contract check and its
     * request log; with the heap the suite has built up by then, that ran the test JVM out of memory.
     */
    public static String oversizedJson(int bytes) {
        return "{" + " ".repeat(bytes) + "\"name\": \"Stor\"}";
    }

    public static Map<String, Object> allCriteria(boolean value) {
        return Map.of("sellsGoodsOrServices", value, "integrationPurpose", value, "employeeParticipation", value,
                "reinvestsProfits", value, "independentOfPublicSector", value);
    }

    /** Creates a company through the API and returns its id. */
    public static long createCompany(Map<String, Object> body) {
        return Api.given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/companies")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static long createCompany(int seed, String name, String municipalityCode) {
        return createCompany(company(seed, name, municipalityCode));
    }

    /** Creates a user through the API (as the test admin) and returns its id. */
    public static long createUser(String username, String password, List<String> roles, List<Long> companyIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("password", password);
        body.put("roles", roles);
        body.put("companyIds", companyIds);
        return Api.given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/users")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /**
     * Many companies at once, straight into the table (the API would take minutes), with ids far
     * above anything the sequences hand out (50,000,000 + seed). Returns their organisation numbers.
     */
    public static List<String> insertCompanies(Connection c, int count, int seedOffset) throws SQLException {
        List<String> numbers = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO company (id, organisation_number, name, search_name, legal_form, municipality_code, "
                        + "status, sells_goods_or_services, integration_purpose, employee_participation, "
                        + "reinvests_profits, independent_of_public_sector, meets_asf_criteria, version, created_at, "
                        + "updated_at) VALUES (?, ?, ?, ?, 'ECONOMIC_ASSOCIATION', '2080', 'ACTIVE', TRUE, TRUE, "
                        + "TRUE, TRUE, TRUE, TRUE, 0, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                String orgNo = orgNumber(seedOffset + i);
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
        }
        return numbers;
    }

    /**
     * A company's report for {@code period} ("2025-Q1") written straight into {@code table}, as
     * another writer or another instance would: id {@code id}, version 0, and 0 in each of
     * {@code zeroColumns} (the figures the table requires).
     */
    public static void insertReport(Connection c, String table, long id, long companyId, String period,
            List<String> zeroColumns) throws SQLException {
        String columns = zeroColumns.stream().map(col -> ", " + col).collect(Collectors.joining());
        String zeros = ", 0".repeat(zeroColumns.size());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (id, company_id, period, "
                + "period_year, period_quarter" + columns + ", version, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?" + zeros + ", 0, ?, ?)")) {
            ps.setLong(1, id);
            ps.setLong(2, companyId);
            ps.setString(3, period);
            ps.setInt(4, Integer.parseInt(period.substring(0, 4)));
            ps.setInt(5, period.charAt(6) - '0');
            ps.setObject(6, now);
            ps.setObject(7, now);
            ps.executeUpdate();
        }
    }
}
