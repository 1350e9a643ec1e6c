package se.asfregister.company;

import io.quarkus.hibernate.orm.panache.common.ProjectedFieldName;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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

    /** The same values from an entity already loaded (a single read or a write). */
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
