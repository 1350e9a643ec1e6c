package se.asfregister.employment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.asfregister.company.CompanyPath;
import se.asfregister.web.Responses;
import se.asfregister.web.Tagged;
import se.asfregister.web.Upserted;
import se.asfregister.web.WriteRaces;

/**
 * The HTTP face of a {@link QuarterlyReportService}: one company's report for a period, read and
 * written by PUT, written once for every kind of quarterly report.
 *
 * @param <Q> the request record (bound to {@link Record}: as a bare type variable the body is an
 *     {@code Object} to Hibernate Validator, which then warns on every start that it may be a container)
 * @param <R> the response record
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class QuarterlyReportResource<Q extends Record, R extends QuarterlyReportService.Addressed> {

    private final String collection;
    private final QuarterlyReportService<?, Q, R> service;

    /** {@code collection} is the path below the company ({@code employment-reports}). */
    protected QuarterlyReportResource(String collection, QuarterlyReportService<?, Q, R> service) {
        this.collection = collection;
        this.service = service;
    }

    @GET
    @Path("/{period}")
    public Response get(@BeanParam CompanyPath company, @PathParam("period") String period) {
        Tagged<R> stored = service.get(company.companyId(), period);
        return Responses.ok(stored.body(), stored.etag());
    }

    /** Upsert: 201 with Location the first time, 200 after. */
    @PUT
    @Path("/{period}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@BeanParam CompanyPath company, @PathParam("period") String period,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull Q body) {
        long companyId = company.companyId();
        Upserted<R> u = WriteRaces.upsert(ifMatch, m -> service.upsert(companyId, period, body, m));
        return Responses.upserted(u, "/api/v1/companies/" + companyId + "/" + collection + "/" + u.body().period());
    }
}
