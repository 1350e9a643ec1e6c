package se.asfregister.esf;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a participant-report import (CSV header, JSON row properties): the company's
 * organisation number, the quarter, optionally the project, and one column per indicator and
 * gender, {@code <indicator>.<gender>} ("longTermUnemployed.women"), the name under which the
 * rules report a count. A count column left out counts 0.
 */
final class ImportColumns {

    static final String ORGANISATION_NUMBER = "organisationNumber";
    static final String PERIOD = "period";
    static final String PROJECT_ID = "projectId";

    static final List<String> REQUIRED = List.of(ORGANISATION_NUMBER, PERIOD);

    /** Every column, in the order an export or a template would write them. */
    static final List<String> ALL = all();

    private ImportColumns() {
    }

    static String count(Indicator i, Gender g) {
        return i.key + "." + g.key;
    }

    private static List<String> all() {
        List<String> c = new ArrayList<>(List.of(ORGANISATION_NUMBER, PERIOD, PROJECT_ID));
        for (Indicator i : Indicator.ALL) {
            for (Gender g : Gender.ALL) {
                c.add(count(i, g));
            }
        }
        return List.copyOf(c);
    }
}
