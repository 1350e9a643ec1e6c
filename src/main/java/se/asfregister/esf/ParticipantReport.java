package se.asfregister.esf;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import se.asfregister.employment.QuarterlyReport;

/**
 * One company's ESF+ participant report for a quarter: aggregated counts only, never a person.
 * An indicator without a stored row counts 0.
 */
@Entity
public class ParticipantReport extends QuarterlyReport {

    public Long projectId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "participant_count", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "indicator")
    public Map<String, StoredCount> counts = new HashMap<>();

    public Counts counts() {
        return Counts.of((i, g) -> {
            StoredCount c = counts.get(i.key);
            return c == null ? 0 : c.get(g);
        });
    }

    /** Sets project and counts, touching only what changed (so an identical PUT writes nothing). */
    void apply(Long project, Counts wanted) {
        if (!Objects.equals(projectId, project)) {
            projectId = project;
        }
        Map<String, StoredCount> rows = new HashMap<>();
        for (Indicator i : Indicator.ALL) {
            if (!wanted.isZero(i)) {
                rows.put(i.key, new StoredCount((int) wanted.get(i, Gender.WOMEN), (int) wanted.get(i, Gender.MEN),
                        (int) wanted.get(i, Gender.NON_BINARY)));
            }
        }
        if (!counts.equals(rows)) {
            counts.clear();
            counts.putAll(rows);
        }
    }
}
