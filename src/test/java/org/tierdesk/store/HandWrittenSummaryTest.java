package org.tierdesk.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tierdesk.engine.facts.Activity;
import org.tierdesk.engine.facts.ChecklistMark;
import org.tierdesk.engine.facts.ExchangeRate;
import org.tierdesk.engine.facts.Money;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.facts.PartnerProfile;
import org.tierdesk.engine.facts.Sale;
import org.tierdesk.engine.facts.SalesPlan;
import org.tierdesk.engine.facts.StaffMember;
import org.tierdesk.engine.facts.TierChange;
import org.tierdesk.engine.measure.FactsSummarizer;
import org.tierdesk.engine.measure.FactsSummary;
import org.tierdesk.engine.measure.Measure;
import org.tierdesk.program.Window;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Small partners whose figures are worked out by hand, on the days where an off-by-one would show. */
class HandWrittenSummaryTest {
    private static final List<ExchangeRate> RATES = List.of(
            new ExchangeRate(LocalDate.of(2025, 1, 1), "USD", "RUB", new BigDecimal("95.5")),
            new ExchangeRate(LocalDate.of(2025, 1, 1), "KZT", "USD", new BigDecimal("0.002")));

    @TempDir
    Path dir;
    private TestWorkspace test;
    private Workspace ws;
    private final ShippedPrograms programs = new ShippedPrograms();

    @BeforeEach
    void open() {
        test = TestWorkspace.open(dir, programs);
        ws = test.workspace;
    }

    @AfterEach
    void close() {
        test.close();
    }

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    private static Sale sale(String day, String amount, String currency, int licenses, String returned) {
        return new Sale(0, d(day), Money.of(amount, currency), null, licenses, "p",
                returned == null ? null : d(returned));
    }

    private FactsSummary summary(String program, PartnerFacts facts, String asOf) {
        long id = ws.partnerImport().create(new PartnerDraft(facts.profile().name(), program, null,
                facts.profile().joined(), facts.profile().heldTier(), null), facts);
        return summaryOf(program, id, asOf);
    }

    private FactsSummary summaryOf(String program, long id, String asOf) {
        FactsSummary sql = ws.summaries().of(id, d(asOf));
        FactsSummaryQueryTest.assertSame(program + " as of " + asOf, sql,
                FactsSummarizer.summarize(programs.find(program).orElseThrow(), ws.facts().of(id), d(asOf)));
        return sql;
    }

    @Test
    void bitrixPointsCountTheHoldingBonusReturnsAndALineOnTheResetDay() {
        PartnerFacts facts = new PartnerFacts(new PartnerProfile("Bitrix partner", d("2025-03-01"), "business"),
                List.of(new TierChange("certified", d("2025-07-01"), "500 points", "anna"),
                        new TierChange("gold", d("2025-10-01"), "2000 points", "anna"),
                        new TierChange("certified", d("2026-01-10"), "confirmed downgrade", "anna")),
                List.of(),
                List.of(sale("2025-02-20", "5000", "USD", 1, null),          // before joining: no points
                        sale("2025-05-10", "330", "USD", 1, null),           // 33 + 30 while business
                        sale("2025-06-01", "9550", "RUB", 1, null),          // 100 USD: 10 + 10
                        sale("2025-08-01", "1000", "USD", 1, "2026-02-01"),  // 100, taken back after the reset
                        sale("2026-01-10", "200", "USD", 1, null)),          // on the reset day: counts, 20
                List.of(new Activity(0, d("2026-01-10"), "seminar", true, null, null),    // 1000 on the reset day
                        new Activity(0, d("2026-01-20"), "seminar", false, null, null),   // needs approval: 0
                        new Activity(0, d("2026-02-15"), "case-study", false, null, null)), // 250
                Map.of(), List.of(), RATES);
        long id = ws.partnerImport().create(new PartnerDraft("Bitrix partner", "bitrix", null, d("2025-03-01"),
                "business", null), facts);
        assertThat(summaryOf("bitrix", id, "2026-01-09").value(new Measure.PointsBalance())).isEqualByComparingTo("183");
        assertThat(summaryOf("bitrix", id, "2026-01-10").value(new Measure.PointsBalance())).isEqualByComparingTo("1520");
        assertThat(summaryOf("bitrix", id, "2026-03-01").value(new Measure.PointsBalance())).isEqualByComparingTo("1670");
        assertThat(summaryOf("bitrix", id, "2026-03-01").heldTier()).isEqualTo("certified");
    }

    @Test
    void leoBackupLicensesOfTheLastCompleteMonthLeaveOnlyWhenReturnedOnOrBeforeItsEnd() {
        PartnerFacts facts = new PartnerFacts(new PartnerProfile("Leo partner", d("2024-01-01"), null), List.of(),
                List.of(),
                List.of(sale("2026-10-01", "100", "USD", 20, null),
                        sale("2026-10-31", "100", "USD", 7, "2026-10-31"),   // returned on the window's last day
                        sale("2026-10-15", "100", "USD", 5, "2026-11-01"),   // returned the day after: counts
                        sale("2026-09-30", "100", "USD", 9, null),
                        sale("2026-11-01", "100", "USD", 11, null)),
                List.of(), Map.of("dedicated-specialist", new ChecklistMark("dedicated-specialist", true,
                d("2026-11-23")), "logo-on-website", new ChecklistMark("logo-on-website", true, d("2026-11-24"))),
                List.of(), RATES);
        FactsSummary summary = summary("leo-backup", facts, "2026-11-23");
        assertThat(summary.value(new Measure.Licenses(Window.LAST_COMPLETE_MONTH, null))).isEqualByComparingTo("25");
        assertThat(summary.value(new Measure.ChecklistDone("dedicated-specialist"))).isEqualByComparingTo("1");
        assertThat(summary.value(new Measure.ChecklistDone("logo-on-website"))).isEqualByComparingTo("0");
    }

    @Test
    void intelligentPlatformsCompletedQuartersStartAtAMidYearJoinAndConvertFromUsd() {
        PartnerFacts facts = new PartnerFacts(new PartnerProfile("IP partner", d("2026-02-10"), null), List.of(),
                List.of(new StaffMember(0, "Aigul", List.of("sales"), List.of())),
                List.of(sale("2026-02-09", "1000000", "KZT", 1, null),       // before joining
                        sale("2026-02-10", "1000000", "KZT", 1, null),
                        sale("2026-06-30", "1000", "USD", 1, null),          // 500,000 KZT at 0.002
                        sale("2026-07-01", "2500000", "KZT", 1, null)),      // Q3 not complete on 2026-09-29
                List.of(), Map.of(), List.of(new SalesPlan(2026, Money.of("10000", "USD"))), RATES);
        FactsSummary summary = summary("intelligent-platforms", facts, "2026-09-29");
        assertThat(summary.value(new Measure.SalesAmount(Window.COMPLETED_QUARTERS, null)))
                .isEqualByComparingTo("1500000");
        assertThat(summary.value(new Measure.PlanAgreed())).isEqualByComparingTo("1");
        assertThat(summary.value(new Measure.StaffInRole("sales"))).isEqualByComparingTo("1");
    }
}
