package se.asfregister.project;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * One line of a project's funding; without a period of its own it covers the project's. A record,
 * so that value equality (an identical PUT leaves the collection, and so the version, alone) is
 * the language's, not a hand-kept list of fields.
 */
@Embeddable
public record FundingLine(
        @Enumerated(EnumType.STRING) Funder funder,
        String funderName,
        String programme,
        long amountSek,
        @Enumerated(EnumType.STRING) FundingKind kind,
        LocalDate periodStart,
        LocalDate periodEnd) {
}
