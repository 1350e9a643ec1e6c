package se.asfregister.funding;

/** Where a company keeps a social media account. */
public enum SocialMediaPlatform {
    FACEBOOK,
    INSTAGRAM,
    LINKEDIN,
    X,
    YOUTUBE,
    TIKTOK,
    OTHER
}
