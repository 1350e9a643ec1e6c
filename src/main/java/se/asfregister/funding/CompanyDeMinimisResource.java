package se.asfregister.funding;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import se.asfregister.common.SwedishClock;
import se.asfregister.company.CompanyPath;
import se.asfregister.web.Params;

/**
 * One company's room for de minimis aid.
 * Who may read it is {@code security.AccessPolicy}'s: the path names the company.
 * One resource class per path: a class path ending in {@code /companies/{id}} would match every
 * {@code GET /companies/{id}} first and make the router start over for each of them.
 */
@Path("/api/v1/companies/{id}/de-minimis")
@Produces(MediaType.APPLICATION_JSON)
public class CompanyDeMinimisResource {

    @Inject
    DeMinimisService deMinimis;

    @Inject
    SwedishClock clock;

    /** The room on {@code date} (today in Sweden when absent). */
    @GET
    public DeMinimisService.Room deMinimis(@BeanParam CompanyPath company, @QueryParam("date") String date) {
        LocalDate day = Params.optionalDate("date", date);
        return deMinimis.room(company.companyId(), day == null ? clock.today() : day);
    }
}
