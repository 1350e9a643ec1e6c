package se.asfregister.report;

import java.util.ArrayList;
import java.util.List;
import se.asfregister.area.County;
import se.asfregister.common.SwedishClock;
import se.asfregister.web.ApiException;
import se.asfregister.web.Params;
import se.asfregister.web.Problem;

/** The query parameters of progress and reports: {@code year} required, {@code county} required or optional. */
public final class ReportParams {

    static final int FIRST_YEAR = SwedishClock.FIRST_YEAR;

    private ReportParams() {
    }

    /** A required {@code year} alone (goal progress), from 2000 to {@code currentYear} (Sweden's, see SwedishClock). */
    static int year(String year, int currentYear) {
        Integer y = Params.optionalInt("year", year, FIRST_YEAR, currentYear);
        if (y == null) {
            throw ApiException.invalid("year", "is required");
        }
        return y;
    }

    record Parsed(String county, int year) {
    }

    /** How a report is written in JSON: as the report itself, or as a JSON-stat 2.0 dataset. */
    enum Format {
        JSON,
        JSON_STAT
    }

    /** The {@code format} parameter: {@code json} (the default) or {@code json-stat}. */
    static Format format(String format) {
        if (format == null || format.equals("json")) {
            return Format.JSON;
        }
        if (format.equals("json-stat")) {
            return Format.JSON_STAT;
        }
        throw ApiException.invalid("format", "must be one of json, json-stat");
    }

    /** Every problem of the two parameters at once, each naming its parameter. */
    static Parsed parse(String county, boolean countyRequired, String year, int currentYear) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String code = null;
        Integer y = null;
        try {
            code = Params.optionalCounty(county);
            if (code == null && countyRequired) {
                errors.add(new Problem.FieldError("county", "is required"));
            } else if (code != null && County.findById(code) == null) {
                errors.add(new Problem.FieldError("county", County.unknown(code)));
            }
        } catch (ApiException e) {
            errors.addAll(e.errors());
        }
        try {
            y = Params.optionalInt("year", year, FIRST_YEAR, currentYear);
            if (y == null) {
                errors.add(new Problem.FieldError("year", "is required"));
            }
        } catch (ApiException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new Parsed(code, y);
    }
}
