package se.asfregister.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import se.asfregister.common.AuditName;
import se.asfregister.common.SequencedEntity;

/** A user of the API. The password is only ever held as a bcrypt hash. */
@Entity
@AuditName("User")
public class AppUser extends SequencedEntity {

    public String username;

    public String passwordHash;

    public boolean enabled;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    public Set<Role> roles = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_company", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "company_id")
    public Set<Long> companyIds = new TreeSet<>();

    public static Optional<AppUser> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
