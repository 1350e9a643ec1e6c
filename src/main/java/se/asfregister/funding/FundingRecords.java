package se.asfregister.funding;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import se.asfregister.common.Versioned;
import se.asfregister.web.HttpUrl;

/** A company's applications, support and social media accounts at the HTTP boundary. */
public final class FundingRecords {

    private FundingRecords() {
    }

    public record ApplicationRequest(
            @NotNull @Min(1) Long companyId,
            @NotBlank @Size(max = 200) String source,
            @Size(max = 200) String programme,
            @NotNull @Min(0) @Max(100_000_000_000L) Long amountSek,
            @NotNull LocalDate appliedOn,
            @NotNull ApplicationStatus status) {

        static ApplicationRequest of(FundingApplication a) {
            return new ApplicationRequest(a.companyId, a.source, a.programme, a.amountSek, a.appliedOn, a.status);
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ApplicationResponse(long id, long companyId, String source, String programme, long amountSek,
            LocalDate appliedOn, ApplicationStatus status, long version, Instant createdAt, Instant updatedAt)
            implements Versioned {

        static ApplicationResponse of(FundingApplication a) {
            return new ApplicationResponse(a.id, a.companyId, a.source, a.programme, a.amountSek, a.appliedOn,
                    a.status, a.version, a.createdAt, a.updatedAt);
        }
    }

    /** {@code sekPerEur}: SEK for one EUR on {@code grantedOn}; required when {@code deMinimis}. */
    public record SupportRequest(
            @NotNull @Min(1) Long companyId,
            @NotNull SupportKind kind,
            @NotBlank @Size(max = 200) String source,
            @Size(max = 200) String programme,
            @NotNull @Min(0) @Max(100_000_000_000L) Long amountSek,
            @NotNull LocalDate grantedOn,
            @NotNull Boolean deMinimis,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000") @Digits(integer = 6, fraction = 6)
            BigDecimal sekPerEur) {

        static SupportRequest of(CompanySupport s) {
            return new SupportRequest(s.companyId, s.kind, s.source, s.programme, s.amountSek, s.grantedOn,
                    s.deMinimis, s.sekPerEur);
        }
    }

    /** {@code amountEur}: the amount in EUR at the recorded rate (de minimis aid only). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SupportResponse(long id, long companyId, SupportKind kind, String source, String programme,
            long amountSek, LocalDate grantedOn, boolean deMinimis, BigDecimal sekPerEur, BigDecimal amountEur,
            long version, Instant createdAt, Instant updatedAt) implements Versioned {

        static SupportResponse of(CompanySupport s) {
            BigDecimal eur = s.deMinimis ? DeMinimis.eur(s.amountSek, s.sekPerEur) : null;
            return new SupportResponse(s.id, s.companyId, s.kind, s.source, s.programme, s.amountSek, s.grantedOn,
                    s.deMinimis, s.sekPerEur == null ? null : s.sekPerEur.stripTrailingZeros(), eur, s.version,
                    s.createdAt, s.updatedAt);
        }
    }

    /** {@code endedOn}: the last day the account was in use; absent while it is. */
    public record AccountRequest(
            @NotNull @Min(1) Long companyId,
            @NotNull SocialMediaPlatform platform,
            @NotBlank @Size(max = 200) String handle,
            @Size(max = 500) @HttpUrl String url,
            @NotNull LocalDate startedOn,
            LocalDate endedOn) {

        static AccountRequest of(SocialMediaAccount a) {
            return new AccountRequest(a.companyId, a.platform, a.handle, a.url, a.startedOn, a.endedOn);
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AccountResponse(long id, long companyId, SocialMediaPlatform platform, String handle, String url,
            LocalDate startedOn, LocalDate endedOn, long version, Instant createdAt, Instant updatedAt)
            implements Versioned {

        static AccountResponse of(SocialMediaAccount a) {
            return new AccountResponse(a.id, a.companyId, a.platform, a.handle, a.url, a.startedOn, a.endedOn,
                    a.version, a.createdAt, a.updatedAt);
        }
    }
}
