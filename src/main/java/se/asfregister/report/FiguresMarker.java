package se.asfregister.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import se.asfregister.audit.WriteGeneration;

/**
 * What decides whether kept figures are still current: the {@link WriteGeneration}, which every
 * write through the API or the import raises in its own transaction. Reading it is one row;
 * the fingerprint it replaced (count, version sum and latest update of every row a year rests
 * on) read every report of the year, which on H2 cost as much as the county's own queries
 * (docs/performance.md, "Disclosure control: what it costs").
 */
@ApplicationScoped
public class FiguresMarker {

    @Inject
    EntityManager em;

    /** The marker now; equal to an earlier reading exactly when no write committed in between. */
    public long now() {
        return ((Number) em.createNativeQuery(WriteGeneration.READ).getSingleResult()).longValue();
    }
}
