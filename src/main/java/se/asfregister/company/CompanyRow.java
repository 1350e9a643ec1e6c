package se.asfregister.company;

import io.quarkus.hibernate.orm.panache.common.ProjectedFieldName;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import se.asfregister.web.ApiException;

/**
 * A company's own columns and its two lists as plain values. The list and the export read their
 * pages as these rather than as entities: Hibernate would otherwise track every entity of the page
 * for changes a read never makes, which was most of a filtered list's time in the profile. Each
 * list comes in the same statement, aggregated in its stored order by a subquery on the company,
 * not in a second statement per page (docs/performance.md, "The page's lists in the row").
 */
public record CompanyRow(
        long id,
        String organisationNumber,
        String name,
        LegalForm legalForm,
        String municipalityCode,
        String address,
        String website,
        String description,
        LocalDate foundedOn,
        CompanyStatus status,
        boolean sellsGoodsOrServices,
        boolean integrationPurpose,
        boolean employeeParticipation,
        boolean reinvestsProfits,
        boolean independentOfPublicSector,
        boolean meetsAsfCriteria,
        boolean reservedContractOptIn,
        String contactName,
        String contactEmail,
        String contactPhone,
        long version,
        Instant createdAt,
        Instant updatedAt,
        @ProjectedFieldName("verification.verifiedAt") Instant verifiedAt,
        @ProjectedFieldName("verification.verifiedBy") String verifiedBy,
        @ProjectedFieldName("(select array_agg(i) within group (order by index(i)) from company.industries i)")
        String[] industries,
        @ProjectedFieldName("(select array_agg(s) within group (order by index(s)) from company.socialMedia s)")
        String[] socialMedia) {

    /** What the projection is read from: its subqueries name the company {@code company}. */
    static final String FROM = "from Company company where ";

    public CompanyRow {
        // the aggregate of an empty list is null
        industries = industries == null ? new String[0] : industries;
        socialMedia = socialMedia == null ? new String[0] : socialMedia;
    }

    /**
     * The same row by id in plain SQL, for the single read ({@code GET /companies/{id}}, the most
     * frequent request). Over JDBC it costs less than half of a Hibernate query, which opens a
     * session and builds its result for every request (docs/performance.md, "The single read
     * over JDBC"). The lists keep the projection above, which their filters are written in;
     * CompanyResourceTest checks on both databases that the two give the same row.
     */
    static final String BY_ID = "SELECT id, organisation_number, name, legal_form, municipality_code, address,"
            + " website, description, founded_on, status, sells_goods_or_services, integration_purpose,"
            + " employee_participation, reinvests_profits, independent_of_public_sector, meets_asf_criteria,"
            + " reserved_contract_opt_in, contact_name, contact_email, contact_phone, version, created_at,"
            + " updated_at, verified_at, verified_by,"
            + " (SELECT array_agg(i.industry ORDER BY i.position) FROM company_industry i WHERE i.company_id = c.id),"
            + " (SELECT array_agg(s.url ORDER BY s.position) FROM company_social_media s WHERE s.company_id = c.id)"
            + " FROM company c WHERE c.id = ?";

    /** The company {@code id} over JDBC; the connection goes back to the pool before the response is built (which may read the latest report). */
    static CompanyRow byId(DataSource dataSource, long id) {
        try (Connection con = dataSource.getConnection(); PreparedStatement ps = con.prepareStatement(BY_ID)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ApiException.notFound("Company", id);
                }
                return of(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading company " + id + " failed", e);
        }
    }

    /** The row {@link #BY_ID} read: its columns come in the components' order. */
    static CompanyRow of(ResultSet rs) throws SQLException {
        return new CompanyRow(rs.getLong(1), rs.getString(2), rs.getString(3), LegalForm.valueOf(rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class),
                CompanyStatus.valueOf(rs.getString(10)), rs.getBoolean(11), rs.getBoolean(12), rs.getBoolean(13),
                rs.getBoolean(14), rs.getBoolean(15), rs.getBoolean(16), rs.getBoolean(17), rs.getString(18),
                rs.getString(19), rs.getString(20), rs.getLong(21), instant(rs, 22), instant(rs, 23), instant(rs, 24),
                rs.getString(25), strings(rs.getArray(26)), strings(rs.getArray(27)));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** H2 hands out an {@code Object[]}, PostgreSQL a {@code String[]}; null (no items) the constructor makes empty. */
    private static String[] strings(Array array) throws SQLException {
        return array == null ? null : Arrays.stream((Object[]) array.getArray()).map(String.class::cast)
                .toArray(String[]::new);
    }

    /** The same values from an entity already loaded (a write). */
    static CompanyRow of(Company c) {
        return new CompanyRow(c.id, c.organisationNumber, c.name, c.legalForm, c.municipalityCode, c.address,
                c.website, c.description, c.foundedOn, c.status, c.sellsGoodsOrServices, c.integrationPurpose,
                c.employeeParticipation, c.reinvestsProfits, c.independentOfPublicSector, c.meetsAsfCriteria,
                c.reservedContractOptIn, c.contactName, c.contactEmail, c.contactPhone, c.version, c.createdAt,
                c.updatedAt, c.verification.verifiedAt, c.verification.verifiedBy, c.industries.toArray(String[]::new),
                c.socialMedia.toArray(String[]::new));
    }

    List<String> industryList() {
        return List.of(industries);
    }

    List<String> socialMediaList() {
        return List.of(socialMedia);
    }
}
