package se.asfregister.employment;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import se.asfregister.employment.EmploymentRecords.ImportResult;
import se.asfregister.employment.EmploymentRecords.ImportRow;
import se.asfregister.employment.EmploymentRecords.ReportResponse;
import se.asfregister.security.CompanyAccess;
import se.asfregister.web.Csv;
import se.asfregister.web.Paged;
import se.asfregister.web.SortedPageParams;
import se.asfregister.web.Tables;
import se.asfregister.web.Xlsx;

/** Employment reports across companies: query, CSV export and bulk import. */
@Path("/api/v1/employment-reports")
@Produces(MediaType.APPLICATION_JSON)
public class EmploymentReportResource {

    @Inject
    EmploymentReportService reports;

    @Inject
    EmploymentImportService imports;

    @Inject
    EmploymentExport export;

    @Inject
    CompanyAccess access;

    @GET
    public Paged<ReportResponse> list(@BeanParam ReportFilter.Query query, @BeanParam SortedPageParams page) {
        ReportFilter filter = query.filter(access.readableCompanies());
        return reports.list(filter, CompanyEmploymentReportResource.newestFirst(page));
    }

    /** Every matching row in the import's columns, streamed from a database cursor, as CSV or Excel. */
    @GET
    @Produces({Csv.MEDIA_TYPE, Xlsx.MEDIA_TYPE})
    public Response listCsv(@BeanParam ReportFilter.Query query, @Context HttpHeaders headers) {
        ReportFilter filter = query.filter(access.readableCompanies());
        if (Tables.wantsXlsx(headers)) {
            return Tables.xlsx(export.xlsx(filter), "employment-reports");
        }
        return Response.ok(export.csv(filter), Csv.MEDIA_TYPE_UTF8)
                .header("Content-Disposition", "attachment; filename=\"employment-reports.csv\"").build();
    }

    @POST
    @Path("/import")
    @Consumes(Csv.MEDIA_TYPE)
    public ImportResult importCsv(@QueryParam("dryRun") String dryRun, InputStream body) {
        return imports.importCsv(body, ImportRequest.dryRun(dryRun));
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    public ImportResult importJson(@QueryParam("dryRun") String dryRun, List<ImportRow> body) {
        boolean dry = ImportRequest.dryRun(dryRun);
        return imports.importJson(ImportRequest.rows(body), dry);
    }
}
