package se.asfregister.funding;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.asfregister.common.VersionedResource;
import se.asfregister.funding.FundingRecords.ApplicationRequest;
import se.asfregister.funding.FundingRecords.ApplicationResponse;

/** A company's applications for financing (not public): its reporters and ADMIN write them, ANALYST reads them too. */
@Path("/api/v1/funding-applications")
@Produces(MediaType.APPLICATION_JSON)
public class FundingApplicationResource extends VersionedResource<ApplicationRequest, ApplicationResponse> {

    @Inject
    public FundingApplicationResource(FundingApplicationService applications) {
        super("Funding application", applications);
    }
}
