package se.asfregister.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import se.asfregister.audit.WriteGeneration;

/**
 * Direct database access for tests: emptying the feature tables between tests and taking
 * snapshots, so a test can prove that a rejected request changed nothing.
 */
public final class TestDb {

    /**
     * Every table that requests can write, children before parents. Reference tables
     * (county, municipality) and Flyway's history are not listed: no request changes them.
     * A feature that adds a table adds it here.
     */
    public static final List<String> WRITABLE_TABLES = List.of(
            "audit_event",
            "offering_municipality",
            "offering",
            "login_throttle",
            "app_user_company",
            "token_subject_company",
            "token_subject",
            "participant_count",
            "participant_report",
            "employment_report",
            "csr_collaboration_company",
            "csr_collaboration",
            "municipal_policy",
            "activity_company",
            "activity_topic",
            "activity",
            "project_funding",
            "project_document",
            "project_target_group",
            "project_company",
            "project_partner",
            "project_municipality",
            "project",
            "funding_application",
            "company_support",
            "social_media_account",
            "company_social_media",
            "company_industry",
            "training_places_target_group",
            "training_places",
            "company",
            "app_user_role",
            "app_user");

    /** The dev/test demo users survive {@link #clear}: every test authenticates as one of them. */
    private static final String NOT_DEMO_USER = " WHERE user_id NOT IN (SELECT id FROM app_user WHERE username LIKE 'demo-%')";

    /** Writable tables that migrations seed (Dalarna's goals): snapshotted, never emptied. */
    public static final List<String> SEEDED_TABLES = List.of("goal", "offering_generation", "write_generation");

    private TestDb() {
    }

    public static void clear(DataSource ds) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String table : WRITABLE_TABLES) {
                String where = switch (table) {
                    case "app_user_role" -> NOT_DEMO_USER;
                    case "app_user" -> " WHERE username NOT LIKE 'demo-%'";
                    default -> "";
                };
                if (table.equals("project")) {
                    // Dalarna's seeded goals (ids below goal_seq's start, 101) stay; goals that a test or
                    // a docs example created go, so no suite sees another's goals in its progress
                    s.executeUpdate("DELETE FROM goal WHERE project_id IS NOT NULL OR id >= 101");
                }
                s.executeUpdate("DELETE FROM " + table + where);
            }
            s.executeUpdate("UPDATE app_user SET enabled = TRUE");
            // rows removed behind the service's back: tell the offering search index, as a write would
            s.executeUpdate("UPDATE offering_generation SET generation = generation + 1");
            // and the kept report figures (docs/performance.md), as every audited write does
            s.executeUpdate(WriteGeneration.RAISE);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** All rows of all writable tables (and the reference tables), in a stable order. */
    public static Map<String, List<List<Object>>> snapshot(DataSource ds) {
        Map<String, List<List<Object>>> result = new LinkedHashMap<>();
        List<String> tables = new ArrayList<>(WRITABLE_TABLES);
        tables.addAll(SEEDED_TABLES);
        tables.add("county");
        tables.add("municipality");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String table : tables) {
                List<List<Object>> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        List<Object> row = new ArrayList<>();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            Object v = rs.getObject(i);
                            row.add(v == null ? null : v.toString());
                        }
                        rows.add(row);
                    }
                }
                rows.sort((a, b) -> a.toString().compareTo(b.toString()));
                result.put(table, rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    public static long count(DataSource ds, String table) {
        return (long) number(ds, "SELECT COUNT(*) FROM " + table);
    }

    /** The single number {@code sql} returns, with {@code params} bound to its {@code ?} in order. */
    public static double number(DataSource ds, String sql, Object... params) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getDouble(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean isPostgres(DataSource ds) {
        try (Connection c = ds.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
