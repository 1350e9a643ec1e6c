package se.asfregister.company;

import se.asfregister.common.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A work-integrating social enterprise (arbetsintegrerande socialt företag). */
@Entity
@EntityListeners(Verifying.class)
public class Company extends VersionedEntity implements Verifiable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "company_seq")
    @SequenceGenerator(name = "company_seq", sequenceName = "company_seq", allocationSize = 50)
    public Long id;

    @Column(name = "organisation_number")
    public String organisationNumber;

    public String name;

    @Column(name = "search_name")
    public String searchName;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form")
    public LegalForm legalForm;

    @Column(name = "municipality_code")
    public String municipalityCode;

    public String address;
    public String website;
    public String description;

    @Column(name = "founded_on")
    public LocalDate foundedOn;

    @Enumerated(EnumType.STRING)
    public CompanyStatus status;

    @Column(name = "sells_goods_or_services")
    public boolean sellsGoodsOrServices;
    @Column(name = "integration_purpose")
    public boolean integrationPurpose;
    @Column(name = "employee_participation")
    public boolean employeeParticipation;
    @Column(name = "reinvests_profits")
    public boolean reinvestsProfits;
    @Column(name = "independent_of_public_sector")
    public boolean independentOfPublicSector;

    @Column(name = "meets_asf_criteria")
    public boolean meetsAsfCriteria;

    /** The company wants its reserved-contract eligibility shown (see {@link ReservedContracts}). */
    @Column(name = "reserved_contract_opt_in")
    public boolean reservedContractOptIn;

    @Column(name = "contact_name")
    public String contactName;
    @Column(name = "contact_email")
    public String contactEmail;
    @Column(name = "contact_phone")
    public String contactPhone;

    @ElementCollection
    @CollectionTable(name = "company_industry", joinColumns = @JoinColumn(name = "company_id"))
    @OrderColumn(name = "position")
    @Column(name = "industry")
    public List<String> industries = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "company_social_media", joinColumns = @JoinColumn(name = "company_id"))
    @OrderColumn(name = "position")
    @Column(name = "url")
    public List<String> socialMedia = new ArrayList<>();

    @Embedded
    public Verification verification = new Verification();

    @Override
    public Verification verification() {
        return verification;
    }

    /** Tillväxtverket's definition: an ASF meets all five criteria. */
    public boolean deriveMeetsCriteria() {
        return sellsGoodsOrServices && integrationPurpose && employeeParticipation && reinvestsProfits
                && independentOfPublicSector;
    }
}
