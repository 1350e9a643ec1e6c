package se.asfregister.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.util.Set;
import java.util.TreeSet;
import se.asfregister.common.AuditName;

/**
 * The companies an admin bound a bearer token's subject to, for identity providers that
 * issue no organisation number (docs/security.md, "Single sign-on").
 */
@Entity
@AuditName("TokenSubject")
public class TokenSubject extends PanacheEntityBase {

    /** The {@code sub} claim, as the identity provider issues it. */
    @Id
    public String subject;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "token_subject_company", joinColumns = @JoinColumn(name = "subject"))
    @Column(name = "company_id")
    public Set<Long> companyIds = new TreeSet<>();

    @Version
    public long version;
}
