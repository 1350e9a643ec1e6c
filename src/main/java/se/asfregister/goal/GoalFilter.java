package se.asfregister.goal;

import jakarta.ws.rs.QueryParam;
import se.asfregister.common.ListFilter;
import se.asfregister.common.ListQuery;
import se.asfregister.web.Params;
import se.asfregister.web.Where;

/** The goal list's filters, parsed from the query string. */
public record GoalFilter(String county, Indicator indicator) implements ListFilter {

    /** The list's query parameters as sent: one declaration for the JSON list and the CSV export. */
    public record Query(
            @QueryParam("county") String county,
            @QueryParam("indicator") String indicator,
            @QueryParam("sort") String sort) implements ListQuery<GoalFilter> {

        @Override
        public GoalFilter filter() {
            return new GoalFilter(Params.optionalCounty(county),
                    Params.optionalEnum("indicator", indicator, Indicator.class));
        }
    }

    @Override
    public Where where() {
        return new Where().and("countyCode = :county", "county", county).and("indicator = :indicator", "indicator",
                indicator);
    }
}
