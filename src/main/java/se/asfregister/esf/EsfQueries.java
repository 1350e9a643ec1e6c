package se.asfregister.esf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import javax.sql.DataSource;

/** The sums of a scope's participant reports per indicator (SQL that runs on H2 and PostgreSQL). */
@ApplicationScoped
public class EsfQueries {

    /**
     * One indicator summed over the scope's reports.
     *
     * @param counts women, men, non-binary
     * @param contributors the companies with a count above 0 for the indicator (a zero is not stored)
     * @param soleContributor the one company when {@code contributors} is 1, else null
     */
    public record Sum(long[] counts, long contributors, Long soleContributor) {

        static final Sum NONE = new Sum(new long[Gender.ALL.size()], 0, null);
    }

    @Inject
    DataSource dataSource;

    public Map<Indicator, Sum> sums(EsfScope scope) {
        String sql = "SELECT c.indicator, SUM(c.women), SUM(c.men), SUM(c.non_binary),"
                + " COUNT(DISTINCT r.company_id), MIN(r.company_id)" + scope.from() + " GROUP BY c.indicator";
        Map<Indicator, Sum> sums = new EnumMap<>(Indicator.class);
        Indicator.ALL.forEach(i -> sums.put(i, Sum.NONE));
        try (Connection con = dataSource.getConnection(); PreparedStatement ps = con.prepareStatement(sql)) {
            Object[] params = scope.params();
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long contributors = rs.getLong(5);
                    Sum s = new Sum(new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)}, contributors,
                            contributors == 1 ? rs.getLong(6) : null);
                    Indicator.byKey(rs.getString(1)).ifPresent(i -> sums.put(i, s));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("ESF report query failed", e);
        }
        return sums;
    }
}
