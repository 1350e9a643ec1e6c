package se.asfregister.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import se.asfregister.area.County;
import se.asfregister.area.Municipality;
import se.asfregister.common.VersionedEntity;
import se.asfregister.company.CompanyLinks;
import se.asfregister.project.ProjectRecords.DocumentLink;
import se.asfregister.project.ProjectRecords.FundingLineBody;
import se.asfregister.project.ProjectRecords.ProjectRequest;
import se.asfregister.web.ApiException;
import se.asfregister.web.Ranges;

/**
 * Checks a project request against the register (county, municipalities, partner companies)
 * and the period rules, then copies it onto the entity. Fields and collections are assigned
 * only when they change, so an identical PUT keeps version and {@code updatedAt}.
 */
final class ProjectChanges {

    private ProjectChanges() {
    }

    static void apply(Project p, ProjectRequest r) {
        County.requireKnown("countyCode", r.countyCode());
        ProjectRules.checkPeriod(r.status(), r.plannedStart(), r.plannedEnd(), r.actualEnd(), r.endReason());
        Set<String> municipalities = municipalities(r.countyCode(), r.municipalityCodes());
        List<FundingLine> funding = funding(r.funding());
        VersionedEntity.replaceIfChanged(p.partnerCompanyIds,
                CompanyLinks.checked("partnerCompanyIds", r.partnerCompanyIds()));
        VersionedEntity.replaceIfChanged(p.municipalityCodes, municipalities);
        VersionedEntity.replaceIfChanged(p.partnerOrganisations, trimmed(r.partnerOrganisations()));
        VersionedEntity.replaceIfChanged(p.targetGroups, trimmed(r.targetGroups()));
        VersionedEntity.replaceIfChanged(p.documents, documents(r.documents()));
        VersionedEntity.replaceIfChanged(p.funding, funding);
        p.name = r.name().trim();
        p.description = r.description();
        p.ownerOrganisation = r.ownerOrganisation().trim();
        p.countyCode = r.countyCode();
        p.plannedStart = r.plannedStart();
        p.plannedEnd = r.plannedEnd();
        p.actualEnd = r.actualEnd();
        p.endReason = r.endReason();
        p.status = r.status();
    }

    /** Every code must name a municipality of the project's county; the problem lists all that do not. */
    private static Set<String> municipalities(String county, List<String> codes) {
        Set<String> wanted = codes == null ? Set.of() : new TreeSet<>(codes);
        Set<String> wrong = new TreeSet<>();
        for (String code : wanted) {
            Municipality m = Municipality.findById(code);
            if (m == null || !m.countyCode.equals(county)) {
                wrong.add(code);
            }
        }
        if (!wrong.isEmpty()) {
            throw ApiException.invalid("municipalityCodes", "no municipality of county " + county + " has code "
                    + String.join(", ", wrong));
        }
        return wanted;
    }

    private static List<FundingLine> funding(List<FundingLineBody> lines) {
        List<FundingLine> result = new ArrayList<>();
        for (int i = 0; lines != null && i < lines.size(); i++) {
            FundingLineBody b = lines.get(i);
            Ranges.requireOrdered("periodStart", b.periodStart(), "funding[" + i + "].periodEnd", b.periodEnd());
            if ((b.periodStart() == null) != (b.periodEnd() == null)) {
                throw ApiException.invalid("funding[" + i + "].periodEnd",
                        "periodStart and periodEnd are given together or not at all");
            }
            result.add(new FundingLine(b.funder(), blankToNull(b.funderName()), blankToNull(b.programme()),
                    b.amountSek(), b.kind(), b.periodStart(), b.periodEnd()));
        }
        return result;
    }

    private static List<ProjectDocument> documents(List<DocumentLink> links) {
        List<ProjectDocument> result = new ArrayList<>();
        for (DocumentLink link : links == null ? List.<DocumentLink>of() : links) {
            result.add(new ProjectDocument(link.kind(), link.title().trim(), link.url()));
        }
        return result;
    }

    private static List<String> trimmed(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::trim).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
