package se.asfregister.offering;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import se.asfregister.common.VersionedEntity;
import se.asfregister.company.Verifiable;
import se.asfregister.company.Verification;
import se.asfregister.company.Verifying;

/** Goods or a service that one company sells (erbjudande). */
@Entity
@Table(name = "offering")
@EntityListeners(Verifying.class)
public class Offering extends VersionedEntity implements Verifiable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "offering_seq")
    @SequenceGenerator(name = "offering_seq", sequenceName = "offering_seq", allocationSize = 50)
    public Long id;

    @Column(name = "company_id")
    public Long companyId;

    @Column(name = "title_sv")
    public String titleSv;

    @Column(name = "title_en")
    public String titleEn;

    @Column(name = "description_sv")
    public String descriptionSv;

    @Column(name = "description_en")
    public String descriptionEn;

    @Column(name = "cpv_code")
    public String cpvCode;

    @Column(name = "price_model")
    public String priceModel;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "contact_url")
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
