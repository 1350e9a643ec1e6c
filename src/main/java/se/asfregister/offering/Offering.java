package se.asfregister.offering;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.JoinColumn;
import java.util.HashSet;
import java.util.Set;
import se.asfregister.common.SequencedEntity;
import se.asfregister.company.Verifiable;
import se.asfregister.company.Verification;
import se.asfregister.company.Verifying;

/** Goods or a service that one company sells (erbjudande). */
@Entity
@EntityListeners(Verifying.class)
public class Offering extends SequencedEntity implements Verifiable {

    public Long companyId;

    public String titleSv;

    public String titleEn;

    public String descriptionSv;

    public String descriptionEn;

    public String cpvCode;

    public String priceModel;

    public String contactEmail;

    public String contactPhone;

    public String contactUrl;

    @ElementCollection
    @CollectionTable(name = "offering_municipality", joinColumns = @JoinColumn(name = "offering_id"))
    @Column(name = "municipality_code")
    public Set<String> municipalityCodes = new HashSet<>();

    @Embedded
    public Verification verification = new Verification();

    @Override
    public Verification verification() {
        return verification;
    }
}
