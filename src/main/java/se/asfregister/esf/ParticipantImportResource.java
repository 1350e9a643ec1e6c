package se.asfregister.esf;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import se.asfregister.employment.EmploymentRecords.ImportResult;
import se.asfregister.employment.ImportRequest;
import se.asfregister.web.Csv;

/** Bulk import of participant reports, CSV or JSON, all or nothing, optionally as a dry run. */
@Path("/api/v1/participant-reports")
@Produces(MediaType.APPLICATION_JSON)
public class ParticipantImportResource {

    @Inject
    ParticipantImportService imports;

    @POST
    @Path("/import")
    @Consumes(Csv.MEDIA_TYPE)
    public ImportResult importCsv(@QueryParam("dryRun") String dryRun, InputStream body) {
        return imports.importCsv(body, ImportRequest.dryRun(dryRun));
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    public ImportResult importJson(@QueryParam("dryRun") String dryRun, List<Map<String, Object>> body) {
        boolean dry = ImportRequest.dryRun(dryRun);
        return imports.importJson(ImportRequest.rows(body), dry);
    }
}
