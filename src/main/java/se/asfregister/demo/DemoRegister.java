package se.asfregister.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import se.asfregister.csr.CollaborationKind;
import se.asfregister.csr.CollaborationRecords.CollaborationRequest;
import se.asfregister.csr.CollaborationStatus;
import se.asfregister.csr.PartnerType;
import se.asfregister.goal.GoalRecords.GoalRequest;
import se.asfregister.goal.Indicator;
import se.asfregister.goal.TargetType;
import se.asfregister.policy.PolicyKind;
import se.asfregister.policy.PolicyRecords.PolicyRequest;
import se.asfregister.policy.PolicyStatus;

/**
 * The demo's CSR collaborations, municipal policies and two goals beside the action plan's
 * (which the migrations seed). Chosen so that progress in 2020 shows every status: four
 * collaborations count in 2020 (ACHIEVED), only Falun and Borlänge have a policy or action
 * plan by then (BEHIND), employees grow faster than the demo goal's straight line (ON_TRACK),
 * and the transitions goal starts in 2022 (NO_DATA before it).
 */
final class DemoRegister {

    /** Finds a demo company's id by a word of its name. */
    interface CompanyIds {
        long of(String nameWord);
    }

    private DemoRegister() {
    }

    static List<CollaborationRequest> collaborations(CompanyIds ids) {
        return List.of(
                collaboration("Demo: Återbruksavtal med kommunens fastighetsbolag", "Exempel Fastigheter AB",
                        PartnerType.PUBLIC_SECTOR, CollaborationKind.PROCUREMENT, "2080", ids.of("Gruvans"),
                        LocalDate.of(2016, 3, 1), LocalDate.of(2019, 12, 31), CollaborationStatus.COMPLETED, 450_000L),
                collaboration("Demo: Skolluncher från caféet", "Exempelskolan", PartnerType.PUBLIC_SECTOR,
                        CollaborationKind.PROCUREMENT, "2062", ids.of("Siljans"), LocalDate.of(2017, 8, 15), null,
                        CollaborationStatus.ACTIVE, 900_000L),
                collaboration("Demo: Underleverantör till ett byggföretag", "Exempel Bygg AB",
                        PartnerType.PRIVATE_COMPANY, CollaborationKind.SUBCONTRACTING, "2081", ids.of("Dalälvens"),
                        LocalDate.of(2018, 1, 10), null, CollaborationStatus.ACTIVE, 300_000L),
                collaboration("Demo: Praktikplatser i handeln", "Exempel Handel AB", PartnerType.PRIVATE_COMPANY,
                        CollaborationKind.WORK_PLACEMENT, "2085", ids.of("Väsmans"), LocalDate.of(2019, 2, 1),
                        LocalDate.of(2023, 6, 30), CollaborationStatus.COMPLETED, null),
                collaboration("Demo: Mentorer från en bank", "Exempelbanken", PartnerType.PRIVATE_COMPANY,
                        CollaborationKind.MENTORING, "2080", ids.of("Cykelverkstad"), LocalDate.of(2020, 1, 15), null,
                        CollaborationStatus.ACTIVE, null),
                collaboration("Demo: Arbetskläder från en idrottsförening", "Exempel IF", PartnerType.NON_PROFIT,
                        CollaborationKind.SPONSORSHIP, "2029", ids.of("Leksands"), LocalDate.of(2021, 5, 1),
                        LocalDate.of(2022, 12, 31), CollaborationStatus.COMPLETED, 25_000L),
                collaboration("Demo: Studie om arbetsintegration", "Exempelhögskolan", PartnerType.ACADEMIA,
                        CollaborationKind.OTHER, "2080", ids.of("Lugnets"), LocalDate.of(2022, 9, 1), null,
                        CollaborationStatus.ACTIVE, null),
                collaboration("Demo: Cykelpool för hemtjänsten", "Exempel Kommun", PartnerType.PUBLIC_SECTOR,
                        CollaborationKind.PROCUREMENT, "2081", ids.of("Tvätteri"), LocalDate.of(2025, 10, 1), null,
                        CollaborationStatus.PLANNED, 120_000L));
    }

    static List<PolicyRequest> policies() {
        return List.of(
                policy("2080", "Demo: Policy för arbetsintegrerande sociala företag", PolicyKind.POLICY,
                        PolicyStatus.ADOPTED, LocalDate.of(2017, 5, 15), false),
                policy("2081", "Demo: Handlingsplan för socialt företagande", PolicyKind.ACTION_PLAN,
                        PolicyStatus.ADOPTED, LocalDate.of(2018, 11, 20), false),
                policy("2062", "Demo: IOP om caféverksamhet", PolicyKind.PARTNERSHIP_AGREEMENT, PolicyStatus.ADOPTED,
                        LocalDate.of(2019, 3, 1), false),
                policy("2085", "Demo: Riktlinjer för sociala hänsyn i upphandling", PolicyKind.PROCUREMENT_GUIDELINE,
                        PolicyStatus.ADOPTED, LocalDate.of(2020, 6, 1), true),
                policy("2029", "Demo: Policy för social ekonomi", PolicyKind.POLICY, PolicyStatus.ADOPTED,
                        LocalDate.of(2021, 9, 1), false),
                policy("2062", "Demo: Handlingsplan för arbetsintegration", PolicyKind.ACTION_PLAN,
                        PolicyStatus.REVISED, LocalDate.of(2022, 2, 15), true),
                policy("2084", "Demo: Policy för arbetsintegrerande sociala företag", PolicyKind.POLICY,
                        PolicyStatus.ADOPTED, LocalDate.of(2023, 4, 1), false),
                policy("2031", "Demo: Utkast till policy för social ekonomi", PolicyKind.POLICY, PolicyStatus.DRAFT,
                        null, false));
    }

    static List<GoalRequest> goals() {
        return List.of(
                new GoalRequest("20", Indicator.EMPLOYEES, 2016, 2026, TargetType.PERCENT_GROWTH,
                        BigDecimal.valueOf(50), "Demo-mål: antalet anställda i ASF ökar med 50 % till 2026 (basår 2016).", null),
                new GoalRequest("20", Indicator.TRANSITIONS_TO_WORK, 2022, 2026, TargetType.PERCENT_GROWTH,
                        BigDecimal.valueOf(20),
                        "Demo-mål: övergångarna till arbete ökar med 20 % till 2026 (basår 2022).", null));
    }

    private static CollaborationRequest collaboration(String title, String partner, PartnerType type,
            CollaborationKind kind, String municipality, long companyId, LocalDate start, LocalDate end,
            CollaborationStatus status, Long valueSek) {
        return new CollaborationRequest(title, partner, type, kind, municipality, List.of(companyId), start, end,
                status, valueSek, "Fictional demo collaboration.");
    }

    private static PolicyRequest policy(String municipality, String title, PolicyKind kind, PolicyStatus status,
            LocalDate adoptedOn, boolean socialProcurement) {
        return new PolicyRequest(municipality, title, kind, status, adoptedOn, null,
                "https://example.org/demo-policy-" + municipality, socialProcurement, "Fictional demo policy.");
    }
}
