package se.asfregister.company;

import se.asfregister.common.SequencedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A work-integrating social enterprise (arbetsintegrerande socialt företag). */
@Entity
@EntityListeners(Verifying.class)
public class Company extends SequencedEntity implements Verifiable {

    public String organisationNumber;

    public String name;

    public String searchName;

    @Enumerated(EnumType.STRING)
    public LegalForm legalForm;

    public String municipalityCode;

    public String address;
    public String website;
    public String description;

    public LocalDate foundedOn;

    @Enumerated(EnumType.STRING)
    public CompanyStatus status;

    public boolean sellsGoodsOrServices;
    public boolean integrationPurpose;
    public boolean employeeParticipation;
    public boolean reinvestsProfits;
    public boolean independentOfPublicSector;

    public boolean meetsAsfCriteria;

    /** The company wants its reserved-contract eligibility shown (see {@link ReservedContracts}). */
    public boolean reservedContractOptIn;

    public String contactName;
    public String contactEmail;
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
