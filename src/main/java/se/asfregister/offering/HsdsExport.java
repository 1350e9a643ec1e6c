package se.asfregister.offering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import se.asfregister.area.Municipality;
import se.asfregister.common.SwedishClock;
import se.asfregister.company.Company;
import se.asfregister.company.OrganisationNumber;
import se.asfregister.offering.HsdsRecords.Attribute;
import se.asfregister.offering.HsdsRecords.Capacity;
import se.asfregister.offering.HsdsRecords.Location;
import se.asfregister.offering.HsdsRecords.Organization;
import se.asfregister.offering.HsdsRecords.OrganizationIdentifier;
import se.asfregister.offering.HsdsRecords.Phone;
import se.asfregister.offering.HsdsRecords.Service;
import se.asfregister.offering.HsdsRecords.ServiceArea;
import se.asfregister.offering.HsdsRecords.ServiceAtLocation;
import se.asfregister.offering.HsdsRecords.TaxonomyTerm;
import se.asfregister.offering.HsdsRecords.Unit;
import se.asfregister.offering.OfferingRecords.OfferingResponse;
import se.asfregister.offering.SearchRecords.SearchPage;

/**
 * A page of the directory search as HSDS: each offering a service, its company the
 * organization (with its organisation number, never a sole trader's personal identity number),
 * the company's seat its location, each municipality served a service_area, the CPV code an
 * attribute, and the company's free places ({@link CapacitySource}) its capacities. HSDS wants
 * UUIDs: each is derived from the register's id, so the same record keeps its UUID in every export.
 */
@ApplicationScoped
public class HsdsExport {

    /** org-id.guide's scheme for Swedish organisation numbers (Bolagsverket). */
    static final String ORG_ID_SCHEME = "SE-BLV";

    @Inject
    Instance<CapacitySource> capacities;

    public HsdsRecords.Page page(SearchPage p) {
        Map<Long, Company> companies = Company.<Company>list("id in ?1",
                p.items().stream().map(OfferingResponse::companyId).distinct().toList()).stream()
                .collect(Collectors.toMap(c -> c.id, c -> c));
        Map<String, String> names = Municipality.<Municipality>listAll().stream()
                .collect(Collectors.toMap(m -> m.code, m -> m.name));
        List<Service> services = p.items().stream()
                .map(o -> service(o, companies.get(o.companyId()), names)).toList();
        return new HsdsRecords.Page(p.totalItems(), p.totalPages(), p.page(), services.size(), p.page() == 0,
                p.page() >= p.totalPages() - 1, p.totalItems() == 0, services);
    }

    private Service service(OfferingResponse o, Company c, Map<String, String> names) {
        String id = uuid("offering", o.id());
        String org = uuid("company", c.id);
        List<Phone> phones = o.contactPhone() == null ? List.of()
                : List.of(new Phone(uuid("offering-phone", o.id()), id, o.contactPhone()));
        List<ServiceArea> areas = o.municipalityCodes().stream().map(m -> new ServiceArea(
                uuid("offering-area", o.id() + "-" + m), id, names.get(m), "Kommunkod " + m)).toList();
        String assured = LocalDate.ofInstant(o.verifiedAt(), SwedishClock.SWEDEN).toString();
        return new Service(id, org, o.titleSv(), o.titleEn(), o.descriptionSv(), o.contactUrl(), o.contactEmail(),
                "active", o.priceModel(), assured, o.updatedAt(), phones, areas,
                List.of(new ServiceAtLocation(uuid("offering-location", o.id()), id, uuid("location", c.id),
                        location(c, names))),
                organization(c), capacities(id, c.id), List.of(cpv(o, id)));
    }

    private static Location location(Company c, Map<String, String> names) {
        return new Location(uuid("location", c.id), "physical", uuid("company", c.id),
                c.name + ", " + names.get(c.municipalityCode), c.address, c.municipalityCode, "SCB kommunkod");
    }

    private static Organization organization(Company c) {
        String org = uuid("company", c.id);
        List<OrganizationIdentifier> ids = OrganisationNumber.isPersonalIdentityNumber(c.organisationNumber)
                ? List.of()
                : List.of(new OrganizationIdentifier(uuid("company-orgnr", c.id), org, ORG_ID_SCHEME,
                        "Organisationsnummer", c.organisationNumber));
        return new Organization(org, c.name, c.description == null ? "" : c.description, c.website, ids);
    }

    private static Attribute cpv(OfferingResponse o, String serviceId) {
        String name = o.cpvDivisionName() == null ? o.cpvCode() : o.cpvDivisionName();
        return new Attribute(uuid("offering-cpv", o.id()), serviceId, "category", "service",
                new TaxonomyTerm(uuid("cpv", o.cpvCode()), o.cpvCode(), name,
                        "CPV " + o.cpvCode() + ", division " + o.cpvDivision(), "CPV"));
    }

    /** The company's places ({@link TrainingPlacesCapacity}), each a capacity of this service. */
    private List<Capacity> capacities(String serviceId, long companyId) {
        List<Capacity> out = new ArrayList<>();
        for (CapacitySource source : capacities) {
            for (CapacitySource.Places p : source.placesOf(companyId)) {
                out.add(new Capacity(uuid("capacity", serviceId + "-" + p.kind()), serviceId,
                        new Unit(uuid("unit", p.kind()), p.kind()), p.available(), p.total(), p.kind(), p.updated()));
            }
        }
        return out;
    }

    /** A name-based UUID (RFC 4122 version 3) for one record of the register. */
    static String uuid(String kind, Object id) {
        return UUID.nameUUIDFromBytes(("asf-register/" + kind + "/" + id).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
