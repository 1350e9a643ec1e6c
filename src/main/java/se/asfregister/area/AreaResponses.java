package se.asfregister.area;

/** Response records for the reference areas. */
public final class AreaResponses {

    private AreaResponses() {
    }

    public record CountyResponse(String code, String name) {
        static CountyResponse of(County c) {
            return new CountyResponse(c.code, c.name);
        }
    }

    public record MunicipalityResponse(String code, String name, String countyCode) {
        static MunicipalityResponse of(Municipality m) {
            return new MunicipalityResponse(m.code, m.name, m.countyCode);
        }
    }
}
