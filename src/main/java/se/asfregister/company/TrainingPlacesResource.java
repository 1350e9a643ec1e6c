package se.asfregister.company;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import se.asfregister.company.TrainingPlacesRecords.TrainingPlacesRequest;
import se.asfregister.company.TrainingPlacesRecords.TrainingPlacesResponse;
import se.asfregister.web.ExpectedVersion;
import se.asfregister.web.Responses;

/** A company's places for work training, rehabilitation and internships: anyone reads, its reporter writes. */
@Path("/api/v1/companies/{id}/training-places")
@Produces(MediaType.APPLICATION_JSON)
public class TrainingPlacesResource {

    @Inject
    TrainingPlacesService places;

    @GET
    public Response get(@BeanParam CompanyPath company) {
        TrainingPlacesResponse p = places.get(company.companyId());
        return Responses.ok(p, p.version());
    }

    /** Upsert: 201 with Location the first time, 200 after. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@BeanParam CompanyPath company, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TrainingPlacesRequest body) {
        long companyId = company.companyId();
        TrainingPlacesService.Written w = places.put(companyId, body, ExpectedVersion.ofIfMatch(ifMatch));
        TrainingPlacesResponse p = w.places();
        return w.created()
                ? Responses.created(URI.create("/api/v1/companies/" + companyId + "/training-places"), p, p.version())
                : Responses.ok(p, p.version());
    }
}
