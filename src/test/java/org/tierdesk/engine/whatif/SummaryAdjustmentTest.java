package org.tierdesk.engine.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.tierdesk.engine.StandingEvaluator;
import org.tierdesk.engine.fixture.PartnerBuilder;
import org.tierdesk.engine.fixture.Shipped;
import org.tierdesk.engine.measure.FactsSummarizer;
import org.tierdesk.engine.measure.FactsSummary;
import org.tierdesk.engine.measure.Measure;
import org.tierdesk.engine.standing.Standing;
import org.tierdesk.program.Program;
import org.tierdesk.program.Window;

/**
 * A what-if applied to a summary must give the figures the summariser gives for the facts with the hypothetical
 * facts really recorded: the simulator then shows what the standing would really be.
 */
class SummaryAdjustmentTest {
    private static final LocalDate AS_OF = LocalDate.parse("2026-08-14");
    private final StandingEvaluator evaluator = new StandingEvaluator();

    private static PartnerBuilder bitrixBusiness() {
        return PartnerBuilder.joined("2025-03-01", "USD").holding("business").checklist("partner-agreement", "nda")
                .sale("2026-02-10", "1200").activity("2026-03-01", "case-study", true)
                .certified("bitrix-engineer", "2026-01-01");
    }

    private static void assertSameFigures(Program program, FactsSummary adjusted, FactsSummary recorded) {
        Map<Measure, BigDecimal> a = new TreeMap<>(java.util.Comparator.comparing(Object::toString));
        Map<Measure, BigDecimal> b = new TreeMap<>(java.util.Comparator.comparing(Object::toString));
        adjusted.values().forEach((m, v) -> a.put(m, v.stripTrailingZeros()));
        recorded.values().forEach((m, v) -> b.put(m, v.stripTrailingZeros()));
        assertThat(a).isEqualTo(b);
        assertThat(adjusted.heldTier()).isEqualTo(recorded.heldTier());
    }

    @Test
    void aSaleOnTheAsOfDateCountsAsIfRecordedThatDayHoldingBonusIncluded() {
        Program bitrix = Shipped.bitrix();
        FactsSummary summary = FactsSummarizer.summarize(bitrix, bitrixBusiness().build(), AS_OF);
        FactsSummary adjusted = new SummaryAdjustment(bitrix).apply(summary,
                WhatIf.NONE.withSales(null, null, new BigDecimal("330"), 1), AS_OF);
        FactsSummary recorded = FactsSummarizer.summarize(bitrix,
                bitrixBusiness().sale(AS_OF.toString(), "330").build(), AS_OF);
        assertSameFigures(bitrix, adjusted, recorded);
        assertThat(adjusted.value(new Measure.PointsBalance()).subtract(summary.value(new Measure.PointsBalance())))
                .isEqualByComparingTo("63");
    }

    @Test
    void approvedActivitiesCertifiedStaffAndChecklistItemsCountAsRecorded() {
        Program bitrix = Shipped.bitrix();
        FactsSummary summary = FactsSummarizer.summarize(bitrix, bitrixBusiness().build(), AS_OF);
        WhatIf whatIf = WhatIf.NONE.withActivities("seminar", 1).withActivities("case-study", 2)
                .withCertified("bitrix-sales", 1).withChecklist("first-line-support", true);
        FactsSummary adjusted = new SummaryAdjustment(bitrix).apply(summary, whatIf, AS_OF);
        FactsSummary recorded = FactsSummarizer.summarize(bitrix, bitrixBusiness()
                .activity(AS_OF.toString(), "seminar", true).activity(AS_OF.toString(), "case-study", true)
                .activity(AS_OF.toString(), "case-study", true).certified("bitrix-sales", AS_OF.toString())
                .checklist("first-line-support").build(), AS_OF);
        assertSameFigures(bitrix, adjusted, recorded);
    }

    @Test
    void salesInTheLastCompleteMonthAlsoCountInTheLastTwelveMonths() {
        Program smartSoft = Shipped.smartSoft();
        PartnerBuilder partner = PartnerBuilder.joined("2024-01-01", "RUB").holding("authorized")
                .sale("2026-01-15", "300000", "RUB", "ti-software", 3, null);
        FactsSummary summary = FactsSummarizer.summarize(smartSoft, partner.build(), AS_OF);
        FactsSummary adjusted = new SummaryAdjustment(smartSoft).apply(summary,
                WhatIf.NONE.withSales(Window.LAST_COMPLETE_MONTH, "ting", new BigDecimal("250000"), 2), AS_OF);
        FactsSummary recorded = FactsSummarizer.summarize(smartSoft,
                partner.sale("2026-07-31", "250000", "RUB", "ting", 2, null).build(), AS_OF);
        assertSameFigures(smartSoft, adjusted, recorded);
        assertThat(adjusted.value(new Measure.SalesAmount(Window.TRAILING_12_MONTHS, null)))
                .isEqualByComparingTo("550000");
    }

    @Test
    void aPromotionEachQuarterUntilALaterDateFillsThoseQuarters() {
        Program smartSoft = Shipped.smartSoft();
        PartnerBuilder partner = PartnerBuilder.joined("2024-01-01", "RUB").holding("certified")
                .activity("2025-10-10", "joint-promotion").activity("2026-02-10", "joint-promotion");
        LocalDate later = LocalDate.parse("2026-12-31");
        FactsSummary atLater = FactsSummarizer.summarize(smartSoft, partner.build(), later);
        FactsSummary adjusted = new SummaryAdjustment(smartSoft).apply(atLater,
                WhatIf.NONE.withActivityEachQuarter("joint-promotion", true).withAsOf(later), AS_OF);
        FactsSummary recorded = FactsSummarizer.summarize(smartSoft, partner.activity("2026-08-14", "joint-promotion")
                .activity("2026-10-01", "joint-promotion").build(), later);
        assertSameFigures(smartSoft, adjusted, recorded);
        assertThat(adjusted.value(new Measure.ActivityQuarters("joint-promotion", 4))).isEqualByComparingTo("3");
    }

    @Test
    void meetingThePlanAddsTheSalesItLacksAndEarnsTheAsoftBonus() {
        Program asoft = Shipped.asoft();
        PartnerBuilder partner = PartnerBuilder.joined("2025-01-01", "RUB").holding("retail")
                .checklist("accession-agreement").plan(2026, "1000000", "RUB").sale("2026-03-01", "400000");
        FactsSummary summary = FactsSummarizer.summarize(asoft, partner.build(), AS_OF);
        FactsSummary adjusted = new SummaryAdjustment(asoft).apply(summary, WhatIf.NONE.withPlanMet(true), AS_OF);
        assertThat(adjusted.value(new Measure.SalesAmount(Window.MEMBERSHIP_YEAR, null)))
                .isEqualByComparingTo("1000000");
        Standing after = evaluator.evaluate(asoft, adjusted);
        assertThat(after.rewards().get("license")).isEqualByComparingTo("20");
        assertThat(evaluator.evaluate(asoft, summary).rewards().get("license")).isEqualByComparingTo("10");
    }

    @Test
    void anAgreedPlanWithItsAmountIsWhatThePlanBonusComparesWith() {
        Program asoft = Shipped.asoft();
        PartnerBuilder partner = PartnerBuilder.joined("2025-01-01", "RUB").holding("retail")
                .checklist("accession-agreement").sale("2026-03-01", "400000");
        FactsSummary summary = FactsSummarizer.summarize(asoft, partner.build(), AS_OF);
        SummaryAdjustment adjustment = new SummaryAdjustment(asoft);
        WhatIf agreed = WhatIf.NONE.withPlanAgreed(true, new BigDecimal("500000"));
        assertThat(evaluator.evaluate(asoft, adjustment.apply(summary, agreed, AS_OF)).rewards().get("license"))
                .isEqualByComparingTo("10");
        assertThat(evaluator.evaluate(asoft, adjustment.apply(summary, agreed.withPlanMet(true), AS_OF)).rewards()
                .get("license")).isEqualByComparingTo("20");
    }

    @Test
    void noChangeLeavesTheSummaryAsItIs() {
        Program bitrix = Shipped.bitrix();
        FactsSummary summary = FactsSummarizer.summarize(bitrix, bitrixBusiness().build(), AS_OF);
        assertThat(new SummaryAdjustment(bitrix).apply(summary, WhatIf.NONE, AS_OF)).isSameAs(summary);
    }
}
