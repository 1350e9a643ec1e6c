package se.asfregister.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import se.asfregister.audit.AuditService.AuditEventResponse;
import se.asfregister.web.Paged;
import se.asfregister.web.Params;
import se.asfregister.web.SortedPageParams;

/** The audit trail for admins (see AccessPolicy): who changed what, and when. */
@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditService audit;

    @GET
    public Paged<AuditEventResponse> list(@QueryParam("user") String user, @QueryParam("entityType") String entityType,
            @QueryParam("entityId") String entityId, @QueryParam("from") String from, @QueryParam("to") String to,
            @BeanParam SortedPageParams page) {
        return audit.list(Params.optionalText("user", user, 64), Params.optionalText("entityType", entityType, 64),
                Params.optionalText("entityId", entityId, 64), AuditService.instant("from", from),
                AuditService.instant("to", to), page.request(AuditService.SORTABLE, "occurredAt"));
    }
}
