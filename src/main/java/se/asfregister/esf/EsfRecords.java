package se.asfregister.esf;

import java.util.List;
import java.util.Map;
import se.asfregister.report.disclosure.CellStatus;

/** The ESF report's shapes at the HTTP boundary. */
public final class EsfRecords {

    private EsfRecords() {
    }

    /**
     * One indicator summed over the scope: code (null where none was verified, see the code list),
     * names, and the counts by gender; a hidden count is null and {@code status} says why.
     */
    public record IndicatorFigures(String key, String code, String nameSv, String nameEn, Indicator.Kind kind,
            String source, Long women, Long men, Long nonBinary, Long total, Map<String, CellStatus> status) {
    }

    /**
     * The report of a year over a county, a project or (neither) the country. {@code exact}: the
     * caller sees every count (ADMIN, ANALYST); {@code status} still says what the public does not see.
     */
    public record EsfReport(int year, String county, Long project, boolean exact, List<IndicatorFigures> indicators) {
    }
}
