package se.asfregister.company;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.asfregister.company.LatestHeadcounts.Headcount;

/**
 * Reserved-contract eligibility as the register shows it: only for a company that opted in,
 * derived from its latest employment report by {@link ReservedContractRule}, never stored.
 * The company view and every filter on eligibility ask here.
 */
@ApplicationScoped
public class ReservedContracts {

    @Inject
    LatestHeadcounts headcounts;

    /** Whether the company is eligible and the quarter that rests on (null without an opt-in or a report). */
    public record Status(boolean eligible, String quarter) {
        static final Status NONE = new Status(false, null);

        static Status of(Headcount h) {
            return h == null ? NONE : new Status(ReservedContractRule.eligible(h.employees(), h.disadvantaged()),
                    h.period());
        }
    }

    /** The status of each of {@code companies} (a page, an export), from one lookup of the opted-in ones' reports, not one each. */
    Map<Long, Status> of(Collection<CompanyRow> companies) {
        List<Long> optedIn = companies.stream().filter(CompanyRow::reservedContractOptIn).map(CompanyRow::id).toList();
        Map<Long, Headcount> latest = optedIn.isEmpty() ? Map.of() : headcounts.latestOf(optedIn);
        Map<Long, Status> statuses = new HashMap<>();
        companies.forEach(c -> statuses.put(c.id(), c.reservedContractOptIn() ? Status.of(latest.get(c.id()))
                : Status.NONE));
        return statuses;
    }

    /** The companies that opted in and are eligible now. */
    public Set<Long> eligibleCompanies() {
        List<Long> optedIn = Company.getEntityManager().createQuery(
                "select c.id from Company c where c.reservedContractOptIn = true", Long.class).getResultList();
        Map<Long, Headcount> latest = headcounts.latestOf(optedIn);
        Set<Long> eligible = new TreeSet<>();
        latest.forEach((id, h) -> {
            if (Status.of(h).eligible()) {
                eligible.add(id);
            }
        });
        return eligible;
    }
}
