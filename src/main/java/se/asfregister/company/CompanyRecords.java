package se.asfregister.company;

import se.asfregister.common.Versioned;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.asfregister.web.HttpUrl;

/** The company's shapes at the HTTP boundary. */
public final class CompanyRecords {

    private CompanyRecords() {
    }

    /** Body of POST and PUT, and the document a merge patch is applied to. */
    public record CompanyRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 13) String organisationNumber,
            @NotNull LegalForm legalForm,
            @NotNull @Pattern(regexp = "\\d{4}", message = "{se.asfregister.municipalityCode.message}") String municipalityCode,
            @Size(max = 300) String address,
            @Size(max = 500) @HttpUrl String website,
            @Size(max = 4000) String description,
            @Size(max = 20) List<@NotBlank @Size(max = 100) String> industries,
            @Size(max = 10) List<@NotNull @Size(max = 500) @HttpUrl String> socialMedia,
            @PastOrPresent LocalDate foundedOn,
            CompanyStatus status,
            @Valid Criteria criteria,
            @Valid Contact contact,
            Boolean reservedContractOptIn) {
    }

    /** Tillväxtverket's five ASF criteria; an absent criterion counts as not met. */
    public record Criteria(
            Boolean sellsGoodsOrServices,
            Boolean integrationPurpose,
            Boolean employeeParticipation,
            Boolean reinvestsProfits,
            Boolean independentOfPublicSector) {
    }

    /** Personal data: never shown to anonymous callers. */
    public record Contact(
            @Size(max = 200) String name,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = "\\+?[0-9 ()-]{5,40}", message = "{se.asfregister.phone.message}") @Size(max = 40) String phone) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CompanyResponse(
            long id,
            String organisationNumber,
            String name,
            LegalForm legalForm,
            String municipalityCode,
            String address,
            String website,
            String description,
            List<String> industries,
            List<String> socialMedia,
            LocalDate foundedOn,
            CompanyStatus status,
            Criteria criteria,
            boolean meetsAsfCriteria,
            boolean reservedContractOptIn,
            boolean reservedContractEligible,
            String reservedContractQuarter,
            Contact contact,
            long version,
            Instant createdAt,
            Instant updatedAt,
            Instant verifiedAt,
            String verifiedBy,
            boolean stale) implements Versioned {

        /**
         * The view for callers who may not see the company's personal data: no contact person,
         * no organisation number when it is a sole trader's personal identity number, and not
         * the user name of whoever confirmed the record.
         */
        public CompanyResponse withoutPersonalData() {
            String number = OrganisationNumber.isPersonalIdentityNumber(organisationNumber) ? null
                    : organisationNumber;
            return new CompanyResponse(id, number, name, legalForm, municipalityCode, address, website,
                    description, industries, socialMedia, foundedOn, status, criteria, meetsAsfCriteria,
                    reservedContractOptIn, reservedContractEligible, reservedContractQuarter, null, version,
                    createdAt, updatedAt, verifiedAt, null, stale);
        }

        /** {@code now} decides {@link VerificationAge staleness}. */
        static CompanyResponse of(CompanyRow c, ReservedContracts.Status reserved, Instant now) {
            return new CompanyResponse(c.id(), c.organisationNumber(), c.name(), c.legalForm(), c.municipalityCode(),
                    c.address(), c.website(), c.description(), c.industryList(), c.socialMediaList(), c.foundedOn(),
                    c.status(), criteriaOf(c), c.meetsAsfCriteria(), c.reservedContractOptIn(), reserved.eligible(),
                    reserved.quarter(), contactOf(c), c.version(), c.createdAt(), c.updatedAt(), c.verifiedAt(),
                    c.verifiedBy(), VerificationAge.isStale(c.verifiedAt(), now));
        }
    }

    static Criteria criteriaOf(CompanyRow c) {
        return new Criteria(c.sellsGoodsOrServices(), c.integrationPurpose(), c.employeeParticipation(),
                c.reinvestsProfits(), c.independentOfPublicSector());
    }

    static Contact contactOf(CompanyRow c) {
        if (c.contactName() == null && c.contactEmail() == null && c.contactPhone() == null) {
            return null;
        }
        return new Contact(c.contactName(), c.contactEmail(), c.contactPhone());
    }

    /** The current state as a request: what a merge patch is applied to. */
    static CompanyRequest requestOf(Company entity) {
        CompanyRow c = CompanyRow.of(entity);
        return new CompanyRequest(c.name(), c.organisationNumber(), c.legalForm(), c.municipalityCode(), c.address(),
                c.website(), c.description(), c.industryList(), c.socialMediaList(), c.foundedOn(), c.status(),
                criteriaOf(c), contactOf(c), c.reservedContractOptIn());
    }
}
