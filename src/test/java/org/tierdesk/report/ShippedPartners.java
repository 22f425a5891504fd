package org.tierdesk.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.tierdesk.engine.StandingEvaluator;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.standing.Standing;
import org.tierdesk.program.Program;
import org.tierdesk.program.ProgramLibrary;

/**
 * One partner in each shipped program, with facts chosen so every part of the summary has something to print;
 * standings come from the real engine over the real program files, as on the screens.
 */
public final class ShippedPartners {
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    static final ProgramLibrary LIBRARY = ProgramLibrary.shippedOnly();
    private static final StandingEvaluator ENGINE = new StandingEvaluator();

    private ShippedPartners() {}

    public static Program program(String id) {
        return LIBRARY.byId(id).orElseThrow();
    }

    public static Standing standing(String programId, PartnerFacts facts) {
        return ENGINE.evaluate(program(programId), facts, AS_OF);
    }

    public static PartnerSummary summary(String programId, PartnerFacts facts, Locale locale) {
        return PartnerSummary.of(program(programId), facts, standing(programId, facts), locale)
                .withManager("Anna Smirnova");
    }

    /** Silver, 18 licenses in October 2026: gold needs 12 more and the marketing plan. */
    public static PartnerFacts leoBackup(String name) {
        Facts f = Facts.partner(name, "2025-03-01", "silver", "USD", "license")
                .done("dedicated-specialist", "logo-on-website", "customer-notifications");
        YearMonth month = YearMonth.of(2024, 12);
        for (int i = 0; i < 23; i++, month = month.plusMonths(1)) {
            int licenses = month.equals(YearMonth.of(2026, 10)) ? 18 : 6 + (i * 5) % 27;
            f.sale(month.atDay(10).toString(), String.valueOf(licenses * 120), licenses);
        }
        return f.sale("2026-11-05", "600", 5).build();
    }

    /** Competency with 2 admins, an event, 4 implementations but 1 review (at risk), a 3,000,000 RUB plan not met. */
    public static PartnerFacts asoft(String name) {
        return Facts.partner(name, "2024-01-15", "competency", "RUB", "license")
                .done("accession-agreement", "website-announcement")
                .certified("Ivan Petrov", "asoft-crm-admin", "technical")
                .certified("Olga Ivanova", "asoft-crm-admin", "technical")
                .activity("2026-03-10", "marketing-event", true)
                .activity("2026-04-01", "implementation", true).activity("2026-05-01", "implementation", true)
                .activity("2026-06-01", "implementation", true).activity("2026-07-01", "implementation", true)
                .activity("2026-04-20", "customer-review", true)
                .activity("2026-09-15", "asoft-event-participation", true)
                .plan(2026, "3000000")
                .sale("2026-02-10", "800000", 10).sale("2026-06-10", "950000", 12).sale("2026-10-10", "650000", 8)
                .build();
    }

    /** Professional with a plan and a sales person; corporate needs an ip-technical engineer. */
    public static PartnerFacts intelligentPlatforms(String name) {
        return Facts.partner(name, "2025-06-01", "professional", "KZT", null)
                .done("registration", "site-registration")
                .certified("Aigerim Nurlanova", "", "sales")
                .plan(2026, "5000000")
                .sale("2026-02-14", "1000000", 1).sale("2026-05-20", "1200000", 1)
                .sale("2026-08-03", "600000", 1).sale("2026-11-02", "900000", 1)
                .build();
    }

    /** Certified with 850,000 RUB in the trailing 12 months: privileged needs 150,000 more and more. */
    public static PartnerFacts smartSoft(String name) {
        Facts f = Facts.partner(name, "2024-05-01", "certified", "RUB", "ti-software")
                .done("contract-signed", "reviews-provided", "monthly-financial-reports", "info-on-website")
                .certified("Sergey Orlov", "ti-technical", "technical")
                .activity("2026-02-10", "joint-promotion", true).activity("2026-05-10", "joint-promotion", true);
        YearMonth month = YearMonth.of(2025, 12);
        for (int i = 0; i < 10; i++, month = month.plusMonths(1)) {
            f.sale(month.atDay(15).toString(), "85000", 2);
        }
        return f.sale("2025-03-15", "400000", 8).build();
    }

    /** Business, points from sales (with the early-adopter bonus) and a case study; certified needs 500. */
    public static PartnerFacts bitrix(String name) {
        return Facts.partner(name, "2025-03-01", "business", "USD", "license")
                .done("partner-agreement", "nda", "logo-on-website")
                .certified("Dmitry Volkov", "bitrix-engineer", "engineer")
                .sale("2025-06-10", "330", 1).sale("2025-11-20", "990", 3).sale("2026-04-02", "1200", 4)
                .activity("2026-06-01", "case-study", true).activity("2026-07-15", "seminar", false)
                .build();
    }
}
