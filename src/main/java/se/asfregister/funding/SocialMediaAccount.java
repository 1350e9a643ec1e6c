package se.asfregister.funding;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import se.asfregister.common.SequencedEntity;

/** A company's account on a social media platform, with the days it was in use. */
@Entity
public class SocialMediaAccount extends SequencedEntity {

    public Long companyId;

    @Enumerated(EnumType.STRING)
    public SocialMediaPlatform platform;

    public String handle;

    public String url;

    public LocalDate startedOn;

    /** The last day the account was in use; null while it is. */
    public LocalDate endedOn;
}
