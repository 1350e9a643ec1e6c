package se.asfregister.company;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import se.asfregister.company.CompanyRecords.CompanyRequest;
import se.asfregister.company.CompanyRecords.Criteria;

/**
 * The facts of a company that official figures rest on: who it is (organisation number),
 * where it is (municipality, and so the county all its reports count for), since when
 * (founding date) and whether it counts at all (status and the five ASF criteria). Only an
 * admin changes them; a reporter edits the descriptive fields (name, legal form, address,
 * website, description, industries, social media) and the contact.
 */
final class RegisterFacts {

    /** One fact: its JSON field name and its value as stored. */
    private record Fact(String field, Function<CompanyRequest, Object> value) {
    }

    /** In the order they are reported. */
    private static final List<Fact> FACTS = List.of(
            new Fact("organisationNumber",
                    r -> OrganisationNumber.normalise(r.organisationNumber()).orElse(r.organisationNumber())),
            new Fact("municipalityCode", CompanyRequest::municipalityCode),
            new Fact("foundedOn", CompanyRequest::foundedOn),
            new Fact("status", r -> r.status() == null ? CompanyStatus.ACTIVE : r.status()),
            new Fact("criteria.sellsGoodsOrServices", r -> met(criteria(r).sellsGoodsOrServices())),
            new Fact("criteria.integrationPurpose", r -> met(criteria(r).integrationPurpose())),
            new Fact("criteria.employeeParticipation", r -> met(criteria(r).employeeParticipation())),
            new Fact("criteria.reinvestsProfits", r -> met(criteria(r).reinvestsProfits())),
            new Fact("criteria.independentOfPublicSector", r -> met(criteria(r).independentOfPublicSector())));

    /** The register facts by JSON field name. */
    static final List<String> FIELDS = FACTS.stream().map(Fact::field).toList();

    private RegisterFacts() {
    }

    /**
     * The register facts that {@code requested} would change in {@code current}, by field name.
     * Values are compared as stored: an organisation number in either written form, an absent
     * status (ACTIVE) and an absent criterion (not met) are the same fact.
     */
    static List<String> changed(CompanyRequest current, CompanyRequest requested) {
        return FACTS.stream()
                .filter(f -> !Objects.equals(f.value().apply(current), f.value().apply(requested)))
                .map(Fact::field)
                .toList();
    }

    private static Criteria criteria(CompanyRequest r) {
        return r.criteria() == null ? new Criteria(null, null, null, null, null) : r.criteria();
    }

    private static boolean met(Boolean criterion) {
        return Boolean.TRUE.equals(criterion);
    }
}
