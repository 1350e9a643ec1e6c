package se.asfregister.funding;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import se.asfregister.common.VersionedEntity;

/** A company's account on a social media platform, with the days it was in use. */
@Entity
public class SocialMediaAccount extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    public Long id;

    public Long companyId;

    @Enumerated(EnumType.STRING)
    public SocialMediaPlatform platform;

    public String handle;

    public String url;

    public LocalDate startedOn;

    /** The last day the account was in use; null while it is. */
    public LocalDate endedOn;
}
