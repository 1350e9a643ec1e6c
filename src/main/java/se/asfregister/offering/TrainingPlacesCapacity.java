package se.asfregister.offering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import se.asfregister.company.TrainingPlacesRecords.TrainingPlacesResponse;
import se.asfregister.company.TrainingPlacesService;

/**
 * The HSDS export's service_capacity: a company's places for work training, rehabilitation and
 * internships. Stale figures (not written for 30 days) are left out, as the "available" filters
 * leave them out: a directory must not show old places as free.
 */
@ApplicationScoped
public class TrainingPlacesCapacity implements CapacitySource {

    @Inject
    TrainingPlacesService places;

    @Override
    public List<Places> placesOf(long companyId) {
        return places.find(companyId).filter(p -> !p.stale()).map(TrainingPlacesCapacity::of).orElse(List.of());
    }

    private static List<Places> of(TrainingPlacesResponse p) {
        return List.of(
                new Places("Arbetsträning", p.workTraining().available(), (long) p.workTraining().total(), p.updatedAt()),
                new Places("Rehabilitering", p.rehabilitation().available(), (long) p.rehabilitation().total(),
                        p.updatedAt()),
                new Places("Praktik", p.internships().available(), (long) p.internships().total(), p.updatedAt()));
    }
}
