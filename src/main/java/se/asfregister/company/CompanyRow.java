package se.asfregister.company;

import io.quarkus.hibernate.orm.panache.common.ProjectedFieldName;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A company's own columns as plain values. The list and the export read their pages as these
 * rather than as entities: Hibernate would otherwise track every entity of the page for changes
 * a read never makes, which was most of a filtered list's time in the profile.
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
        @ProjectedFieldName("verification.verifiedBy") String verifiedBy) {

    /** The same values from an entity already loaded (a single read or a write). */
    static CompanyRow of(Company c) {
        return new CompanyRow(c.id, c.organisationNumber, c.name, c.legalForm, c.municipalityCode, c.address,
                c.website, c.description, c.foundedOn, c.status, c.sellsGoodsOrServices, c.integrationPurpose,
                c.employeeParticipation, c.reinvestsProfits, c.independentOfPublicSector, c.meetsAsfCriteria,
                c.reservedContractOptIn, c.contactName, c.contactEmail, c.contactPhone, c.version, c.createdAt,
                c.updatedAt, c.verification.verifiedAt, c.verification.verifiedBy);
    }
}
