package org.tierdesk.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tierdesk.engine.standing.Gap;
import org.tierdesk.engine.standing.LedgerEntry;
import org.tierdesk.engine.standing.RequirementResult;
import org.tierdesk.engine.standing.Standing;
import org.tierdesk.program.LocalizedText;
import org.tierdesk.program.Program;
import org.tierdesk.program.Requirement;
import org.tierdesk.program.RewardCategory;
import org.tierdesk.program.Tier;
import org.tierdesk.program.VolumeUnit;
import org.tierdesk.program.Window;

/** A small hand-made program and standing: the report prints what it is given, whatever computed it. */
final class LayoutFixture {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    static final Requirement AGREEMENT = new Requirement.Checklist("agreement",
            new LocalizedText("Signed agreement", "Подписанное соглашение"), null, "agreement");
    static final Requirement GOLD_VOLUME = new Requirement.SalesVolume("gold-licenses",
            new LocalizedText("30 licenses in the last complete month", "30 лицензий за последний полный месяц"),
            new LocalizedText("Counts every category.", "Считаются все категории."), VolumeUnit.LICENSES,
            Window.LAST_COMPLETE_MONTH, null, BigDecimal.valueOf(30));

    static final Program PROGRAM = new Program("demo", "1", LocalDate.of(2026, 1, 1),
            new LocalizedText("Demo Vendor", "Демо Вендор"), new LocalizedText("Partner Program", "Партнёрская программа"),
            "USD",
            List.of(new Tier("silver", new LocalizedText("Silver", "Серебряный"), "main", false, List.of(AGREEMENT),
                            Map.of("license", BigDecimal.valueOf(30)),
                            List.of(new LocalizedText("Discount margin", "Скидка"),
                                    new LocalizedText("Joint marketing", "Совместный маркетинг")),
                            List.of(), null),
                    new Tier("gold", new LocalizedText("Gold", "Золотой"), "main", false,
                            List.of(AGREEMENT, GOLD_VOLUME), Map.of("license", BigDecimal.valueOf(40)),
                            List.of(new LocalizedText("Discount margin", "Скидка"),
                                    new LocalizedText("Leads forwarding", "Передача лидов")),
                            List.of(), null)),
            List.of(new RewardCategory("license", new LocalizedText("Licenses", "Лицензии"))),
            List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, null, null, List.of());

    private LayoutFixture() {}

    static Standing standing() {
        Gap gap = new Gap(BigDecimal.valueOf(12), "licenses", null, "last-complete-month",
                "12 more licenses in the last complete month");
        return new Standing("demo", AS_OF, "silver", LocalDate.of(2025, 3, 1), List.of("silver"),
                List.of(new RequirementResult("silver", AGREEMENT, true, BigDecimal.ONE, BigDecimal.ONE, 1.0, null),
                        new RequirementResult("gold", AGREEMENT, true, BigDecimal.ONE, BigDecimal.ONE, 1.0, null),
                        new RequirementResult("gold", GOLD_VOLUME, false, BigDecimal.valueOf(18),
                                BigDecimal.valueOf(30), 0.6, gap)),
                BigDecimal.ZERO, List.<LedgerEntry>of(), Map.of("license", BigDecimal.valueOf(30)), List.of(),
                Map.of("license", BigDecimal.valueOf(30)), null, "gold", false, false);
    }

    static List<MonthlySales> months() {
        List<MonthlySales> months = new ArrayList<>();
        YearMonth last = YearMonth.from(AS_OF);
        for (int i = 23; i >= 0; i--) {
            long licenses = (i * 7L) % 41;
            months.add(new MonthlySales(last.minusMonths(i), BigDecimal.valueOf(licenses * 250), licenses));
        }
        return months;
    }

    static PartnerSummary summary(String partner, Locale locale) {
        return new PartnerSummary(PROGRAM, partner, AS_OF, "Anna Smirnova", standing(), months(),
                List.of(new SavedPlan("Reach Gold in December",
                        List.of(new PlanChange("Licenses in November", "18", "30")))),
                "Promised the marketing plan by 1 December.", locale);
    }
}
