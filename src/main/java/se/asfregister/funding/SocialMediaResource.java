package se.asfregister.funding;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.asfregister.common.VersionedResource;
import se.asfregister.funding.FundingRecords.AccountRequest;
import se.asfregister.funding.FundingRecords.AccountResponse;

/** A company's social media accounts (public); its reporters and ADMIN write them. */
@Path("/api/v1/social-media-accounts")
@Produces(MediaType.APPLICATION_JSON)
public class SocialMediaResource extends VersionedResource<AccountRequest, AccountResponse> {

    @Inject
    public SocialMediaResource(SocialMediaService accounts) {
        super("Social media account", accounts);
    }
}
