package se.asfregister.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import se.asfregister.common.VersionedEntity;

/** A company's account on a social media platform, with the days it was in use. */
@Entity
@Table(name = "social_media_account")
public class SocialMediaAccount extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "social_media_account_seq")
    @SequenceGenerator(name = "social_media_account_seq", sequenceName = "social_media_account_seq", allocationSize = 50)
    public Long id;

    @Column(name = "company_id")
    public Long companyId;

    @Enumerated(EnumType.STRING)
    public SocialMediaPlatform platform;

    public String handle;

    public String url;

    @Column(name = "started_on")
    public LocalDate startedOn;

    /** The last day the account was in use; null while it is. */
    @Column(name = "ended_on")
    public LocalDate endedOn;
}
