package org.tierdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.measure.FactsSummarizer;
import org.tierdesk.engine.whatif.Simulation;
import org.tierdesk.engine.whatif.WhatIf;
import org.tierdesk.program.Program;

/** Saved simulator plans printed on the partner summary with their before → after, read back by PDFBox. */
class SavedPlanSummaryTest {
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Program BITRIX = ShippedPartners.program("bitrix");
    /** A seminar (1,000 points), a sales specialist and the two checklist items the business partner lacks. */
    private static final WhatIf TO_CERTIFIED = WhatIf.NONE.withActivities("seminar", 1)
            .withCertified("bitrix-sales", 1).withChecklist("first-line-support", true)
            .withChecklist("product-descriptions", true);

    private static String summaryText(String name, Locale locale, WhatIf... plans) {
        PartnerFacts facts = ShippedPartners.bitrix(name);
        Simulation simulation = new Simulation(BITRIX, FactsSummarizer.summarize(BITRIX, facts,
                ShippedPartners.AS_OF), date -> FactsSummarizer.summarize(BITRIX, facts, date));
        List<SavedPlan> saved = new java.util.ArrayList<>();
        for (int i = 0; i < plans.length; i++) {
            saved.add(SavedPlan.of((locale == RU ? "План " : "Plan ") + (i + 1), simulation.compare(plans[i]),
                    BITRIX, locale));
        }
        return PdfText.of(PartnerSummaryPdf.render(ShippedPartners.summary("bitrix", facts, locale)
                .withPlans(saved)));
    }

    @Test
    void aPlanPrintsWhatItAssumesAndTheTierPointsAndRewardBeforeAndAfter() {
        String text = summaryText("Northwind Systems", Locale.ENGLISH, TO_CERTIFIED, WhatIf.NONE.withSales(null,
                "license", new java.math.BigDecimal("2500"), 2));

        assertThat(text).contains("Saved plans", "Plan 1", "Plan 2",
                "Assumes: +1 certified: Bitrix sales specialist; +1 × Bitrix dedicated seminars; "
                        + "done: 1st line support; done: Bitrix product descriptions on the website",
                "Tier reached Business Partner → Certified Partner",
                // 742 points and a 1,000-point seminar
                "Points 742 → 1,742",
                "Reward: Licenses 40% → 45%",
                "Assumes: +2,500 USD of sales (Licenses, on the date); +2 licenses (Licenses, on the date)",
                // 2,500 USD while holding business: 250 points and the early-adopter 250
                "Points 742 → 1,242",
                "Tier reached Business Partner → Business Partner");
        assertThat(text).doesNotContain("No plans saved.");
    }

    @Test
    void inRussianThePlanIsPrintedInCyrillicIntact() {
        String text = summaryText("ООО Пример", RU, TO_CERTIFIED);

        assertThat(text).contains("Сохранённые планы", "План 1", "Предполагает: +1 сотр. с сертификатом:",
                "выполнено:", "Баллы 742 → 1 742", "Вознаграждение: ",
                "40 % → 45 %", "Выполнено требований статуса");
    }

    @Test
    void withoutPlansThereIsNoPlanSection() {
        assertThat(summaryText("Northwind Systems", Locale.ENGLISH)).doesNotContain("Saved plans");
    }
}
