package se.asfregister.web;

import jakarta.ws.rs.QueryParam;

/**
 * The area filters of a list as sent ({@code ?municipality=2081} or {@code ?county=20}): one
 * declaration for every list that filters by area, nested in its query parameters as a
 * {@code @BeanParam}.
 */
public record AreaParams(@QueryParam("municipality") String municipality, @QueryParam("county") String county) {

    /** The municipality code of four digits, or null; a 400 naming the parameter for a bad one. */
    public String municipalityCode() {
        return Params.optionalMunicipality(municipality);
    }

    /** The county code of two digits, or null; a 400 naming the parameter for a bad one. */
    public String countyCode() {
        return Params.optionalCounty(county);
    }
}
