package se.asfregister.company;

import java.util.Locale;
import se.asfregister.web.Params;
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
                .and("id in (select c.id from Company c join c.industries i where lower(i) = :industry)", "industry",
                        industry == null ? null : industry.toLowerCase(Locale.ROOT))
                // search_name is lower-cased in Java, so å, ä and ö match on every database collation
                .and("searchName like :q escape '\\'", "q", q == null ? null : "%" + likeEscape(q.toLowerCase(Locale.ROOT)) + "%");
    }

    /** The query text is matched literally: % and _ are not wildcards for the caller. */
    static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
