package se.asfregister.funding;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.asfregister.common.VersionedResource;
import se.asfregister.funding.FundingRecords.SupportRequest;
import se.asfregister.funding.FundingRecords.SupportResponse;

/** Support a company received (not public); de minimis aid is checked against the EU ceiling. */
@Path("/api/v1/company-support")
@Produces(MediaType.APPLICATION_JSON)
public class SupportResource extends VersionedResource<SupportRequest, SupportResponse> {

    @Inject
    public SupportResource(SupportService support) {
        super("Support", support);
    }
}
