package se.asfregister.company;

import jakarta.ws.rs.PathParam;
import se.asfregister.web.Params;

/** The company a path names ({@code /api/v1/companies/{id}/…}), for the resources below a company. */
public record CompanyPath(@PathParam("id") String id) {

    /** The company's id; anything but a positive number names no company, so it is a 404. */
    public long companyId() {
        return Params.pathId("Company", id);
    }
}
