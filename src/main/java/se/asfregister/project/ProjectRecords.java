package se.asfregister.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.asfregister.common.Versioned;
import se.asfregister.project.FundingShares.SourceShare;
import se.asfregister.web.HttpUrl;

/** The project's shapes at the HTTP boundary. */
public final class ProjectRecords {

    private ProjectRecords() {
    }

    /** Body of POST and PUT, and the document a merge patch is applied to. */
    public record ProjectRequest(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 4000) String description,
            @NotBlank @Size(max = 200) String ownerOrganisation,
            @Size(max = 50) List<@NotBlank @Size(max = 200) String> partnerOrganisations,
            @Size(max = 500) List<@NotNull @Min(1) Long> partnerCompanyIds,
            @NotNull @Pattern(regexp = "\\d{2}", message = "must be a 2-digit county code") String countyCode,
            @Size(max = 300) List<@NotNull @Pattern(regexp = "\\d{4}", message = "{se.asfregister.municipalityCode.message}") String> municipalityCodes,
            @NotNull LocalDate plannedStart,
            @NotNull LocalDate plannedEnd,
            LocalDate actualEnd,
            @Size(max = 1000) String endReason,
            @NotNull ProjectStatus status,
            @Size(max = 20) List<@NotBlank @Size(max = 200) String> targetGroups,
            @Size(max = 20) List<@NotNull @Valid DocumentLink> documents,
            @Size(max = 100) List<@NotNull @Valid FundingLineBody> funding) {
    }

    public record DocumentLink(
            @NotNull DocumentKind kind,
            @NotBlank @Size(max = 200) String title,
            @NotNull @Size(max = 500) @HttpUrl String url) {
    }

    /** A funding line; without {@code periodStart}/{@code periodEnd} it covers the project's period. */
    public record FundingLineBody(
            @NotNull Funder funder,
            @Size(max = 200) String funderName,
            @Size(max = 200) String programme,
            @NotNull @Min(0) @Max(100_000_000_000L) Long amountSek,
            @NotNull FundingKind kind,
            LocalDate periodStart,
            LocalDate periodEnd) {

        static FundingLineBody of(FundingLine l) {
            return new FundingLineBody(l.funder(), l.funderName(), l.programme(), l.amountSek(), l.kind(),
                    l.periodStart(), l.periodEnd());
        }
    }

    /** A project with its budget (sum of the funding lines) and each funder's share of it. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ProjectResponse(long id, String name, String description, String ownerOrganisation,
            List<String> partnerOrganisations, List<Long> partnerCompanyIds, String countyCode,
            List<String> municipalityCodes, LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualEnd,
            String endReason, ProjectStatus status, List<String> targetGroups, List<DocumentLink> documents,
            List<FundingLineBody> funding, long budgetSek, List<SourceShare> fundingBySource, long version,
            Instant createdAt, Instant updatedAt) implements Versioned {

        static ProjectResponse of(Project p) {
            return new ProjectResponse(p.id, p.name, p.description, p.ownerOrganisation,
                    List.copyOf(p.partnerOrganisations), p.partnerCompanyIds.stream().sorted().toList(), p.countyCode,
                    p.municipalityCodes.stream().sorted().toList(), p.plannedStart, p.plannedEnd, p.actualEnd,
                    p.endReason, p.status, List.copyOf(p.targetGroups), documentLinks(p),
                    p.funding.stream().map(FundingLineBody::of).toList(), FundingShares.budget(p.funding),
                    FundingShares.bySource(p.funding), p.version, p.createdAt, p.updatedAt);
        }
    }

    static List<DocumentLink> documentLinks(Project p) {
        return p.documents.stream().map(d -> new DocumentLink(d.kind(), d.title(), d.url())).toList();
    }

    static ProjectRequest requestOf(Project p) {
        ProjectResponse r = ProjectResponse.of(p);
        return new ProjectRequest(r.name(), r.description(), r.ownerOrganisation(), r.partnerOrganisations(),
                r.partnerCompanyIds(), r.countyCode(), r.municipalityCodes(), r.plannedStart(), r.plannedEnd(),
                r.actualEnd(), r.endReason(), r.status(), r.targetGroups(), r.documents(), r.funding());
    }
}
