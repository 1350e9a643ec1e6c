package se.asfregister.offering;

import java.time.Instant;
import java.util.List;

/**
 * Where the HSDS export learns a company's free places (work training, rehabilitation,
 * internships), for HSDS's service_capacity: {@link TrainingPlacesCapacity} reads the
 * company's training places.
 */
public interface CapacitySource {

    /** The company's places of each kind, as last updated. */
    List<Places> placesOf(long companyId);

    /** {@code kind}: what a place is (e.g. "Arbetsträning"); {@code total} may be unknown. */
    record Places(String kind, long available, Long total, Instant updated) {
    }
}
