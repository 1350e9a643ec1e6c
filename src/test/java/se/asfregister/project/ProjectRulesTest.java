package se.asfregister.project;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.asfregister.web.ApiException;

class ProjectRulesTest {

    private static final LocalDate START = LocalDate.of(2015, 9, 1);
    private static final LocalDate END = LocalDate.of(2019, 1, 31);
    private static final LocalDate MARCH_2016 = LocalDate.of(2016, 3, 31);

    private static String refusedField(ProjectStatus s, LocalDate start, LocalDate end, LocalDate actual,
            String reason) {
        ApiException e = assertThrows(ApiException.class, () -> ProjectRules.checkPeriod(s, start, end, actual,
                reason));
        return e.errors().get(0).field();
    }

    @Test
    void theEndIsTheActualEndWhenRecorded() {
        assertEquals(MARCH_2016, ProjectRules.end(END, MARCH_2016));
        assertEquals(END, ProjectRules.end(END, null));
    }

    @Test
    void kompetensbyran2EndedEarlyWithAReason() {
        assertDoesNotThrow(() -> ProjectRules.checkPeriod(ProjectStatus.ENDED_EARLY, START, END, MARCH_2016,
                "Avslutades i förtid i mars 2016."));
        assertEquals("endReason", refusedField(ProjectStatus.ENDED_EARLY, START, END, MARCH_2016, " "));
        assertEquals("actualEnd", refusedField(ProjectStatus.ENDED_EARLY, START, END, null, null));
        assertEquals("actualEnd", refusedField(ProjectStatus.ENDED_EARLY, START, END, END, null));
    }

    @Test
    void periodsMustRunForwards() {
        assertEquals("plannedEnd", refusedField(ProjectStatus.PLANNED, START, START.minusDays(1), null, null));
        assertEquals("actualEnd", refusedField(ProjectStatus.COMPLETED, START, END, START.minusDays(1), "x"));
        assertDoesNotThrow(() -> ProjectRules.checkPeriod(ProjectStatus.COMPLETED, START, END, END, null));
        assertDoesNotThrow(() -> ProjectRules.checkPeriod(ProjectStatus.GRANTED, START, START, null, null));
    }

    @Test
    void onlyAProjectThatRanHasAnActualEnd() {
        assertEquals("actualEnd", refusedField(ProjectStatus.REJECTED, START, END, END, null));
        assertEquals("actualEnd", refusedField(ProjectStatus.APPLIED, START, END, END, null));
    }
}
