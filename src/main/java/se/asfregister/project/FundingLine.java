package se.asfregister.project;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;

/** One line of a project's funding; without a period of its own it covers the project's. */
@Embeddable
public class FundingLine {

    @Enumerated(EnumType.STRING)
    public Funder funder;

    public String funderName;

    public String programme;

    public long amountSek;

    @Enumerated(EnumType.STRING)
    public FundingKind kind;

    public LocalDate periodStart;

    public LocalDate periodEnd;

    /** Value equality: an identical PUT leaves the collection, and so the version, alone. */
    @Override
    public boolean equals(Object other) {
        return other instanceof FundingLine o && funder == o.funder && Objects.equals(funderName, o.funderName)
                && Objects.equals(programme, o.programme) && amountSek == o.amountSek && kind == o.kind
                && Objects.equals(periodStart, o.periodStart) && Objects.equals(periodEnd, o.periodEnd);
    }

    @Override
    public int hashCode() {
        return Objects.hash(funder, funderName, programme, amountSek, kind, periodStart, periodEnd);
    }
}
