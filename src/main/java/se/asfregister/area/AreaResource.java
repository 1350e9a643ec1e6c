package se.asfregister.area;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.function.Function;
import se.asfregister.area.AreaResponses.CountyResponse;
import se.asfregister.area.AreaResponses.MunicipalityResponse;
import se.asfregister.web.ApiException;
import se.asfregister.web.PageRequest;
import se.asfregister.web.Paged;
import se.asfregister.web.Params;
import se.asfregister.web.SortedPageParams;
import se.asfregister.web.TextSearch;
import se.asfregister.web.Where;

/** Counties and municipalities: read-only reference data. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class AreaResource {

    private static final Map<String, String> SORTABLE = Map.of("code", "code", "name", "name");

    @GET
    @Path("/counties")
    public Paged<CountyResponse> counties(@BeanParam SortedPageParams page) {
        PageRequest req = page.request(SORTABLE, "code");
        return pageOf(County.findAll(sortOf(req)), req, CountyResponse::of);
    }

    @GET
    @Path("/counties/{code}")
    public CountyResponse county(@PathParam("code") String code) {
        return CountyResponse.of(found(County.findById(code), "County", code));
    }

    @GET
    @Path("/municipalities")
    public Paged<MunicipalityResponse> municipalities(@QueryParam("county") String county, @QueryParam("q") String q,
            @BeanParam SortedPageParams page) {
        PageRequest req = page.request(SORTABLE, "code");
        String text = Params.optionalText("q", q, 100);
        Where where = new Where()
                .and("countyCode = :county", "county", Params.optionalCounty(county))
                .and(TextSearch.fold("name") + " like :q" + TextSearch.ESCAPE, "q", TextSearch.containing(text));
        return pageOf(Municipality.find(where.query(), sortOf(req), where.params()), req, MunicipalityResponse::of);
    }

    @GET
    @Path("/municipalities/{code}")
    public MunicipalityResponse municipality(@PathParam("code") String code) {
        return MunicipalityResponse.of(found(Municipality.findById(code), "Municipality", code));
    }

    /** The asked page of {@code query}'s areas. */
    private static <A, T> Paged<T> pageOf(PanacheQuery<A> query, PageRequest req, Function<A, T> response) {
        query.page(req.panachePage());
        return Paged.of(query.list(), req, query::count, response);
    }

    /** The area a path names, or a 404 echoing the code. */
    private static <A> A found(A area, String what, String code) {
        if (area == null) {
            throw ApiException.notFound(what, Params.clip(code));
        }
        return area;
    }

    /** Codes are unique, so no tie-breaker column is needed (and areas have no id). */
    private static io.quarkus.panache.common.Sort sortOf(PageRequest req) {
        return io.quarkus.panache.common.Sort.by(req.sortField(),
                req.ascending() ? io.quarkus.panache.common.Sort.Direction.Ascending
                        : io.quarkus.panache.common.Sort.Direction.Descending);
    }
}
