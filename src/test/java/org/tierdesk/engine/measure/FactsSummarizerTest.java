package org.tierdesk.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.fixture.PartnerBuilder;
import org.tierdesk.engine.fixture.Shipped;
import org.tierdesk.program.Program;
import org.tierdesk.program.Window;

class FactsSummarizerTest {
    private static final LocalDate AS_OF = LocalDate.parse("2026-11-23");

    @Test
    void measuresNeededCoverRequirementsBonusesPointsAndAccumulation() {
        assertThat(Measures.needed(Shipped.bitrix())).contains(new Measure.PointsBalance(),
                new Measure.ChecklistDone("nda"), new Measure.CertifiedStaff("bitrix-engineer"));
        assertThat(Measures.needed(Shipped.intelligentPlatforms())).contains(
                new Measure.SalesAmount(Window.COMPLETED_QUARTERS, null), new Measure.PlanAgreed(),
                new Measure.StaffInRole("engineer")).doesNotContain(new Measure.PointsBalance());
        assertThat(Measures.needed(Shipped.asoft())).contains(
                new Measure.ActivityCount("customer-review", Window.MEMBERSHIP_YEAR, false),
                new Measure.PlanAmount(), new Measure.SalesAmount(Window.MEMBERSHIP_YEAR, null),
                new Measure.ActivityCount("own-event", Window.MEMBERSHIP_YEAR, false));
        assertThat(Measures.needed(Shipped.smartSoft())).contains(
                new Measure.ActivityQuarters("joint-promotion", 4),
                new Measure.ActivityInQuarter("joint-promotion", 4));
    }

    @Test
    void aCertificationCountsUntilTheDayBeforeItExpires() {
        Program bitrix = Shipped.bitrix();
        PartnerFacts facts = PartnerBuilder.joined("2025-03-01", "USD")
                .staff("A", List.of(), PartnerBuilder.cert("bitrix-engineer", "2025-11-23", "2026-11-23"))
                .staff("B", List.of(), PartnerBuilder.cert("bitrix-engineer", "2025-11-24", "2026-11-24"),
                        PartnerBuilder.cert("bitrix-engineer", "2025-01-01", null))
                .staff("C", List.of(), PartnerBuilder.cert("bitrix-engineer", "2026-11-24", null)).build();
        FactsSummary summary = FactsSummarizer.summarize(bitrix, facts, AS_OF);
        assertThat(summary.value(new Measure.CertifiedStaff("bitrix-engineer"))).isEqualByComparingTo("1");
    }

    @Test
    void salesVolumeConvertsAtTheSaleDateAndDropsReturnsFromWindowsEndingAfterThem() {
        Program smartSoft = Shipped.smartSoft();
        PartnerFacts facts = PartnerBuilder.joined("2024-01-01", "RUB")
                .rate("2026-01-01", "USD", "RUB", "90").rate("2026-06-01", "USD", "RUB", "100")
                .sale("2025-11-23", "1000")                       // a day before the window
                .sale("2025-11-24", "2000")
                .sale("2026-05-31", "10", "USD")                  // 900 RUB
                .sale("2026-06-01", "10", "USD")                  // 1000 RUB
                .sale("2026-07-01", "5000", "RUB", "ting", 1, "2026-11-23")   // returned on asOf: out
                .sale("2026-07-02", "7000", "RUB", "ting", 1, "2026-11-24")   // returned later: still in
                .sale("2026-11-24", "9999").build();
        FactsSummary summary = FactsSummarizer.summarize(smartSoft, facts, AS_OF);
        assertThat(summary.value(new Measure.SalesAmount(Window.TRAILING_12_MONTHS, null)))
                .isEqualByComparingTo("10900");
    }

    @Test
    void licensesAreSummedOverTheLastCompleteMonth() {
        PartnerFacts facts = PartnerBuilder.joined("2024-01-01", "USD")
                .sale("2026-09-30", "100", "USD", null, 7, null)
                .sale("2026-10-05", "100", "USD", null, 3, null)
                .sale("2026-10-06", "100", "USD", "license", 4, null)
                .sale("2026-10-31", "100", "USD", "license", 5, null).build();
        Program leo = Shipped.leoBackup();
        FactsSummary summary = FactsSummarizer.summarize(leo, facts, AS_OF);
        assertThat(summary.value(new Measure.Licenses(Window.LAST_COMPLETE_MONTH, null))).isEqualByComparingTo("12");
    }

    @Test
    void activityQuartersCountOnlyActivitiesFromTheJoinDate() {
        Program smartSoft = Shipped.smartSoft();
        PartnerFacts facts = PartnerBuilder.joined("2026-02-15", "RUB")
                .activity("2025-11-10", "joint-promotion")    // 2025-Q4, before joining
                .activity("2026-02-01", "joint-promotion")    // 2026-Q1, before joining
                .activity("2026-04-01", "joint-promotion")    // 2026-Q2
                .activity("2026-09-30", "joint-promotion")    // 2026-Q3
                .activity("2026-10-01", "joint-promotion")    // 2026-Q4, not completed
                .build();
        FactsSummary summary = FactsSummarizer.summarize(smartSoft, facts, AS_OF);
        assertThat(summary.value(new Measure.ActivityQuarters("joint-promotion", 4))).isEqualByComparingTo("2");
        assertThat(summary.value(new Measure.ActivityInQuarter("joint-promotion", 1))).isEqualByComparingTo("1");
        assertThat(summary.value(new Measure.ActivityInQuarter("joint-promotion", 2))).isEqualByComparingTo("1");
        assertThat(summary.value(new Measure.ActivityInQuarter("joint-promotion", 3))).isEqualByComparingTo("0");
        assertThat(summary.value(new Measure.ActivityInQuarter("joint-promotion", 4))).isEqualByComparingTo("0");
    }

    @Test
    void thePlanIsConvertedAtTheRateInForceOnFirstJanuaryOfItsYear() {
        Program asoft = Shipped.asoft();
        PartnerFacts facts = PartnerBuilder.joined("2024-01-01", "RUB")
                .rate("2025-12-20", "USD", "RUB", "90").rate("2026-01-02", "USD", "RUB", "100")
                .plan(2025, "999", "USD").plan(2026, "1000", "USD").build();
        FactsSummary summary = FactsSummarizer.summarize(asoft, facts, AS_OF);
        assertThat(summary.value(new Measure.PlanAgreed())).isEqualByComparingTo("1");
        assertThat(summary.value(new Measure.PlanAmount())).isEqualByComparingTo("90000");
        FactsSummary nextYear = FactsSummarizer.summarize(asoft, facts, LocalDate.parse("2027-02-01"));
        assertThat(nextYear.value(new Measure.PlanAgreed())).isEqualByComparingTo("0");
        assertThat(nextYear.value(new Measure.PlanAmount())).isEqualByComparingTo("0");
    }

    @Test
    void checklistItemsCountFromTheirDate() {
        Program bitrix = Shipped.bitrix();
        PartnerFacts facts = PartnerBuilder.joined("2025-03-01", "USD").checklist("nda")
                .checklistSince("partner-agreement", "2026-11-24").build();
        FactsSummary summary = FactsSummarizer.summarize(bitrix, facts, AS_OF);
        assertThat(summary.value(new Measure.ChecklistDone("nda"))).isEqualByComparingTo("1");
        assertThat(summary.value(new Measure.ChecklistDone("partner-agreement"))).isEqualByComparingTo("0");
        assertThat(summary.value(new Measure.ChecklistDone("logo-on-website"))).isEqualByComparingTo("0");
    }

    @Test
    void theSummaryCarriesTheHeldTierAndItsDate() {
        PartnerFacts facts = PartnerBuilder.joined("2025-03-01", "USD").tier("certified", "2026-02-01").build();
        FactsSummary summary = FactsSummarizer.summarize(Shipped.bitrix(), facts, AS_OF);
        assertThat(summary.heldTier()).isEqualTo("certified");
        assertThat(summary.heldSince()).isEqualTo(LocalDate.parse("2026-02-01"));
        assertThat(summary.joined()).isEqualTo(LocalDate.parse("2025-03-01"));
    }
}
