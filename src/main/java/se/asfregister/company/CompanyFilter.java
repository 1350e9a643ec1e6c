package se.asfregister.company;

import se.asfregister.web.Params;
import se.asfregister.web.TextSearch;
import se.asfregister.web.Where;

/** The company list's filters, parsed from the query string. */
public record CompanyFilter(String municipality, String county, CompanyStatus status, Boolean meetsCriteria,
        String industry, String q) {

    public static CompanyFilter parse(String municipality, String county, String status, String meetsCriteria,
            String industry, String q) {
        return new CompanyFilter(
                Params.optionalCode("municipality", municipality, 4),
                Params.optionalCode("county", county, 2),
                Params.optionalEnum("status", status, CompanyStatus.class),
                Params.optionalBoolean("meetsCriteria", meetsCriteria),
                Params.optionalText("industry", industry, 100),
                Params.optionalText("q", q, 200));
    }

    Where where() {
        return new Where()
                .and("municipalityCode = :municipality", "municipality", municipality)
                .and("municipalityCode in (select m.code from Municipality m where m.countyCode = :county)", "county",
                        county)
                .and("status = :status", "status", status)
                .and("meetsAsfCriteria = :meets", "meets", meetsCriteria)
                .and("id in (select c.id from Company c join c.industries i where " + TextSearch.fold("i")
                        + " = :industry)", "industry", TextSearch.lower(industry))
                // search_name is lower-cased in Java when the company is written, so needs no folding here
                .and("searchName like :q" + TextSearch.ESCAPE, "q", TextSearch.containing(q));
    }
}
