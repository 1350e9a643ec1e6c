package se.asfregister.company;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import se.asfregister.common.Lookup;
import se.asfregister.common.SwedishClock;
import se.asfregister.common.VersionedEntity;
import se.asfregister.company.TrainingPlacesRecords.Places;
import se.asfregister.company.TrainingPlacesRecords.TrainingPlacesRequest;
import se.asfregister.company.TrainingPlacesRecords.TrainingPlacesResponse;
import se.asfregister.web.ApiException;
import se.asfregister.web.ExpectedVersion;
import se.asfregister.web.Problem;
import se.asfregister.web.ProblemType;

/**
 * A company's training places: written whole by its reporter (every write, also one that
 * confirms the same figures, moves {@code updatedAt}), read by anyone, and the one definition
 * of "has places of a kind available": free places in figures that are not stale.
 */
@ApplicationScoped
public class TrainingPlacesService {

    @Inject
    SwedishClock clock;

    /** The stored places and whether this call created them. */
    public record Written(TrainingPlacesResponse places, boolean created) {
    }

    public TrainingPlacesResponse get(long companyId) {
        Lookup.require(Company.class, "Company", companyId);
        return find(companyId).orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "Company " + companyId
                + " has stated no training places"));
    }

    /** The company's places, if it has stated any. */
    public Optional<TrainingPlacesResponse> find(long companyId) {
        return TrainingPlaces.<TrainingPlaces>findByIdOptional(companyId)
                .map(p -> TrainingPlacesResponse.of(p, freshness()));
    }

    @Transactional
    public Written put(long companyId, TrainingPlacesRequest r, ExpectedVersion expected) {
        Lookup.require(Company.class, "Company", companyId);
        checkAvailable(r);
        TrainingPlaces p = TrainingPlaces.findById(companyId);
        boolean created = p == null;
        if (created) {
            expected.checkNothingToMatch("If-Match was sent but company " + companyId + " has stated no places yet");
            p = new TrainingPlaces();
            p.companyId = companyId;
        } else {
            expected.check(p.version);
            // a write confirms the figures even when they are the same: they are fresh again
            p.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        }
        apply(p, r);
        if (created) {
            p.persist();
        }
        TrainingPlaces.flush();
        return new Written(TrainingPlacesResponse.of(p, freshness()), created);
    }

    /** The companies with fresh figures that show at least one free place of {@code kind}. */
    public Set<Long> companiesWithAvailable(PlaceKind kind) {
        return new TreeSet<>(TrainingPlaces.getEntityManager().createQuery("select p.companyId from TrainingPlaces p"
                + " where p." + kind.availableProperty + " > 0 and p.updatedAt >= :freshSince", Long.class)
                .setParameter("freshSince", freshness().freshSince()).getResultList());
    }

    private Freshness freshness() {
        return Freshness.on(clock.today(), SwedishClock.SWEDEN);
    }

    private static void apply(TrainingPlaces p, TrainingPlacesRequest r) {
        p.workTrainingTotal = r.workTraining().total();
        p.workTrainingAvailable = r.workTraining().available();
        p.rehabilitationTotal = r.rehabilitation().total();
        p.rehabilitationAvailable = r.rehabilitation().available();
        p.internshipsTotal = r.internships().total();
        p.internshipsAvailable = r.internships().available();
        VersionedEntity.replaceIfChanged(p.targetGroups,
                r.targetGroups() == null ? List.of() : r.targetGroups().stream().map(String::strip).toList());
    }

    /** Free places are some of the places: never more than the total of their kind. */
    private static void checkAvailable(TrainingPlacesRequest r) {
        List<Problem.FieldError> errors = new ArrayList<>();
        check(errors, "workTraining", r.workTraining());
        check(errors, "rehabilitation", r.rehabilitation());
        check(errors, "internships", r.internships());
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static void check(List<Problem.FieldError> errors, String name, Places p) {
        if (p.available() > p.total()) {
            errors.add(new Problem.FieldError(name + ".available",
                    "must not be more than " + name + ".total (" + p.total() + ")"));
        }
    }
}
