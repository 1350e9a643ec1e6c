package se.asfregister.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The number of audited writes, shared by every instance through the database: the counter in
 * {@code write_generation}, raised in the same transaction as every write that the audit trail
 * records (a Hibernate flush with events, an import's direct writes). A commit makes it larger,
 * whatever order concurrent writes commit in, and a rollback leaves it as it was; so anything
 * computed from the database while it showed one number is current exactly while it still shows
 * that number. What it does not see: rows changed in the database by hand, which raise nothing
 * (raise it with the statement {@link #RAISE}, or restart the service).
 */
public final class WriteGeneration {

    /** Raises the counter by one. */
    public static final String RAISE = "UPDATE write_generation SET generation = generation + 1 WHERE id = 1";

    /** The counter as the database shows it now. */
    public static final String READ = "SELECT generation FROM write_generation WHERE id = 1";

    private WriteGeneration() {
    }

    /** The counter now, on a connection of its own (for reads outside a transaction). */
    public static long read(DataSource dataSource) {
        try (Connection con = dataSource.getConnection(); PreparedStatement ps = con.prepareStatement(READ);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the write generation failed", e);
        }
    }

    /**
     * Raises the counter on the writer's connection, as the last statement of its writes: the
     * row stays locked until the transaction ends, so the later this runs, the shorter other
     * writers wait.
     */
    static void raise(Connection con) throws SQLException {
        try (Statement s = con.createStatement()) {
            s.executeUpdate(RAISE);
        }
    }
}
