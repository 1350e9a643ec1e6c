package se.asfregister.esf;

import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One stored row of participant_count: an indicator's count per gender. */
@Embeddable
public class StoredCount {

    public int women;

    public int men;

    public int nonBinary;

    public StoredCount() {
    }

    StoredCount(int women, int men, int nonBinary) {
        this.women = women;
        this.men = men;
        this.nonBinary = nonBinary;
    }

    long get(Gender g) {
        return switch (g) {
            case WOMEN -> women;
            case MEN -> men;
            case NON_BINARY -> nonBinary;
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredCount c && c.women == women && c.men == men && c.nonBinary == nonBinary;
    }

    @Override
    public int hashCode() {
        return Objects.hash(women, men, nonBinary);
    }
}
