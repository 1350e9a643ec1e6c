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
        PanacheQuery<County> q = County.findAll(sortOf(req)).page(req.panachePage());
        return Paged.of(q.list(), req, q::count, CountyResponse::of);
    }

    @GET
    @Path("/counties/{code}")
    public CountyResponse county(@PathParam("code") String code) {
        County c = County.findById(code);
        if (c == null) {
            throw ApiException.notFound("County", Params.clip(code));
        }
        return CountyResponse.of(c);
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
        PanacheQuery<Municipality> query = Municipality.find(where.query(), sortOf(req), where.params())
                .page(req.panachePage());
        return Paged.of(query.list(), req, query::count, MunicipalityResponse::of);
    }

    @GET
    @Path("/municipalities/{code}")
    public MunicipalityResponse municipality(@PathParam("code") String code) {
        Municipality m = Municipality.findById(code);
        if (m == null) {
            throw ApiException.notFound("Municipality", Params.clip(code));
        }
        return MunicipalityResponse.of(m);
    }

    /** Codes are unique, so no tie-breaker column is needed (and areas have no id). */
    private static io.quarkus.panache.common.Sort sortOf(PageRequest req) {
        return io.quarkus.panache.common.Sort.by(req.sortField(),
                req.ascending() ? io.quarkus.panache.common.Sort.Direction.Ascending
                        : io.quarkus.panache.common.Sort.Direction.Descending);
    }
}
