package se.asfregister.funding;

import java.time.LocalDate;

/**
 * The one definition of what the indicators {@code COMPANIES_SEEKING_FUNDING} and
 * {@code COMPANIES_USING_SOCIAL_MEDIA} count of an active company (docs/reporting.md,
 * "Indicators"): an application for financing dated in the year, and a social media account in
 * use on the year's last day. An account is in use from the day it started through the day it
 * ended, both inclusive. The SQL binds {@code :yearStart}, {@code :yearEnd} and {@code :day}.
 */
public final class FundingIndicators {

    private FundingIndicators() {
    }

    /** SQL: the company aliased {@code c} applied for financing between :yearStart and :yearEnd. */
    public static String appliedInYearSql(String c) {
        return "EXISTS (SELECT 1 FROM funding_application fa WHERE fa.company_id = " + c + ".id"
                + " AND fa.applied_on >= :yearStart AND fa.applied_on <= :yearEnd)";
    }

    /** SQL: the company aliased {@code c} had a social media account in use on :day. */
    public static String usesSocialMediaSql(String c) {
        return "EXISTS (SELECT 1 FROM social_media_account sm WHERE sm.company_id = " + c + ".id"
                + " AND sm.started_on <= :day AND (sm.ended_on IS NULL OR sm.ended_on >= :day))";
    }

    /** Whether an account that started and ended on these days (ended null: still in use) was in use on {@code day}. */
    public static boolean inUseOn(LocalDate startedOn, LocalDate endedOn, LocalDate day) {
        return !startedOn.isAfter(day) && (endedOn == null || !endedOn.isBefore(day));
    }
}
