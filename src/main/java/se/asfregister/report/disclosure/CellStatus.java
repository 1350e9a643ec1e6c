package se.asfregister.report.disclosure;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why a published cell is hidden; a shown cell has no status. The code is what JSON, CSV and JSON-stat say. */
public enum CellStatus {

    /** A count of 1 or 2 persons. */
    SMALL_COUNT("small-count"),
    /** Rests on 1 to 3 companies (activities, for activity participants): too few besides any one of them. */
    FEW_COMPANIES("few-companies"),
    /** An amount of which the two largest companies hold more than 85 %. */
    DOMINANCE("dominance"),
    /** Hidden so that no other hidden cell can be worked out from the shown ones. */
    SECONDARY("secondary");

    private final String code;

    CellStatus(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
