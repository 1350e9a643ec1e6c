package se.asfregister.offering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import se.asfregister.area.Municipality;
import se.asfregister.common.Lookup;
import se.asfregister.common.SwedishClock;
import se.asfregister.common.VersionedCrud;
import se.asfregister.company.Company;
import se.asfregister.offering.OfferingRecords.OfferingRequest;
import se.asfregister.offering.OfferingRecords.OfferingResponse;
import se.asfregister.security.CompanyAccess;
import se.asfregister.security.CurrentUser;
import se.asfregister.web.ApiException;
import se.asfregister.web.ExpectedVersion;

/**
 * Offerings: who may change one (ADMIN, or a reporter of its company, before and after the
 * change), and what makes one well-formed. Every write raises the {@link OfferingGeneration}
 * in its transaction, so that every instance's search index notices it.
 */
@ApplicationScoped
public class OfferingService extends VersionedCrud<Offering, OfferingRequest, OfferingResponse> {

    @Inject
    CompanyAccess access;

    @Inject
    SwedishClock clock;

    public OfferingService() {
        super(Offering.class, "Offering", Offering::new, OfferingRequest.class, OfferingRecords::requestOf);
    }

    @Override
    protected OfferingResponse responseOf(Offering e) {
        return visible(OfferingResponse.of(e, Company.findById(e.companyId), clock.now()));
    }

    /** Who confirmed an offering is personal data: for those who may see the company's. */
    OfferingResponse visible(OfferingResponse o) {
        return access.canSeePersonalData(o.companyId()) ? o : o.withoutVerifier();
    }

    /** A reporter of the company (or an admin) confirms that the offering is still right. */
    @Transactional
    public OfferingResponse verify(long id, ExpectedVersion expected) {
        Offering o = find(id);
        access.checkWrite(o.companyId);
        expected.check(o.version);
        o.verification.confirm(clock.now(), CurrentUser.nameForAudit());
        OfferingGeneration.raise();
        Offering.getEntityManager().flush();
        return responseOf(o);
    }

    @Override
    @Transactional
    public void delete(long id, ExpectedVersion expected) {
        access.checkWrite(find(id).companyId);
        super.delete(id, expected);
        OfferingGeneration.raise();
    }

    @Override
    protected void apply(Offering o, OfferingRequest r) {
        if (o.companyId != null) {
            access.checkWrite(o.companyId);
        }
        access.checkWrite(r.companyId());
        Company company = Company.findById(r.companyId());
        if (company == null) {
            throw ApiException.invalid("companyId", "no company has id " + r.companyId());
        }
        CpvCode.Result cpv = CpvCode.parse(r.cpvCode());
        String cpvCode = cpv.code().orElseThrow(() -> ApiException.invalid("cpvCode", cpv.problem())).toString();
        if (r.contactEmail() == null && r.contactPhone() == null && r.contactUrl() == null) {
            throw ApiException.invalid("contactEmail", "give at least one contact route: contactEmail, contactPhone or contactUrl");
        }
        Set<String> served = served(r.municipalityCodes(), company.municipalityCode);
        o.companyId = r.companyId();
        o.titleSv = r.titleSv().strip();
        o.titleEn = blankToNull(r.titleEn());
        o.descriptionSv = r.descriptionSv().strip();
        o.descriptionEn = blankToNull(r.descriptionEn());
        o.cpvCode = cpvCode;
        o.priceModel = blankToNull(r.priceModel());
        o.contactEmail = r.contactEmail();
        o.contactPhone = r.contactPhone();
        o.contactUrl = r.contactUrl();
        if (!o.municipalityCodes.equals(served)) {
            o.municipalityCodes.clear();
            o.municipalityCodes.addAll(served);
        }
        OfferingGeneration.raise();
    }

    /** The municipalities served: those asked for, each a real one, or else the company's own. */
    private static Set<String> served(List<String> codes, String companyMunicipality) {
        if (codes == null || codes.isEmpty()) {
            return new TreeSet<>(Set.of(companyMunicipality));
        }
        Set<String> served = new TreeSet<>(codes);
        Set<String> unknown = Lookup.missing(Municipality.class, "code", served, String.class);
        if (!unknown.isEmpty()) {
            throw ApiException.invalid("municipalityCodes", "no municipality has code " + String.join(", ", unknown));
        }
        return served;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
