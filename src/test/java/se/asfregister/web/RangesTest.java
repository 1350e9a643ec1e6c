package se.asfregister.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RangesTest {

    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
    private static final LocalDate JAN_2 = LocalDate.of(2025, 1, 2);

    @Test
    void aRangeInOrderOfOneDayOrOpenAtASideIsAccepted() {
        Ranges.requireOrdered("from", JAN_1, "to", JAN_2);
        Ranges.requireOrdered("from", JAN_1, "to", JAN_1);
        Ranges.requireOrdered("from", null, "to", JAN_1);
        Ranges.requireOrdered("from", JAN_2, "to", null);
    }

    @Test
    void anEndBeforeItsStartIsA400OnTheEnd() {
        ApiException e = assertThrows(ApiException.class,
                () -> Ranges.requireOrdered("startDate", JAN_2, "endDate", JAN_1));
        assertEquals(ProblemType.VALIDATION, e.type());
        assertEquals(List.of(new Problem.FieldError("endDate", "must not be before startDate")), e.errors());
    }
}
