package org.tierdesk.engine.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.fixture.PartnerBuilder;
import org.tierdesk.engine.fixture.Shipped;
import org.tierdesk.engine.measure.FactsSummarizer;
import org.tierdesk.program.Program;
import org.tierdesk.program.Window;

class SimulationTest {
    private static final LocalDate AS_OF = LocalDate.parse("2026-08-14");

    private static Simulation simulate(Program program, PartnerFacts facts, List<LocalDate> asked) {
        return new Simulation(program, FactsSummarizer.summarize(program, facts, AS_OF), date -> {
            asked.add(date);
            return FactsSummarizer.summarize(program, facts, date);
        });
    }

    @Test
    void thirtyLicensesLastMonthTakeALeoBackupSilverPartnerToGoldWithItsFortyPercent() {
        PartnerFacts facts = PartnerBuilder.joined("2025-01-01", "USD").holding("silver")
                .checklist("dedicated-specialist", "logo-on-website", "customer-notifications", "marketing-plan")
                .licenses("2026-07-10", 12).build();
        Simulation simulation = simulate(Shipped.leoBackup(), facts, new ArrayList<>());
        Comparison comparison = simulation.compare(
                WhatIf.NONE.withSales(Window.LAST_COMPLETE_MONTH, null, BigDecimal.ZERO, 18));
        assertThat(comparison.before().tier()).isEqualTo("silver");
        assertThat(comparison.after().tier()).isEqualTo("gold");
        assertThat(comparison.tierChanged()).isTrue();
        assertThat(comparison.before().rewards().get("license")).isEqualByComparingTo("30");
        assertThat(comparison.after().rewards().get("license")).isEqualByComparingTo("40");
        assertThat(comparison.newlyQualified()).containsExactly("gold");
        assertThat(comparison.changedRequirements()).allMatch(c -> c.after().requirement()
                instanceof org.tierdesk.program.Requirement.SalesVolume);
        assertThat(comparison.changedRequirements()).anyMatch(RequirementChange::newlyMet);
    }

    @Test
    void seventeenLicensesAreNotEnoughAndTheRequirementStillShowsItsNewFigure() {
        PartnerFacts facts = PartnerBuilder.joined("2025-01-01", "USD").holding("silver")
                .checklist("dedicated-specialist", "logo-on-website", "customer-notifications", "marketing-plan")
                .licenses("2026-07-10", 12).build();
        Comparison comparison = simulate(Shipped.leoBackup(), facts, new ArrayList<>()).compare(
                WhatIf.NONE.withSales(Window.LAST_COMPLETE_MONTH, null, BigDecimal.ZERO, 17));
        assertThat(comparison.after().tier()).isEqualTo("silver");
        assertThat(comparison.changedRequirements()).isNotEmpty().noneMatch(RequirementChange::newlyMet);
    }

    @Test
    void aChosenDateAsksForThatDaysSummaryOnceAndTheBeforeSideStaysToday() {
        PartnerFacts facts = PartnerBuilder.joined("2024-01-01", "RUB").holding("certified")
                .checklist("contract-signed", "reviews-provided", "monthly-financial-reports", "info-on-website")
                .certified("ti-technical", "2025-01-01").sale("2025-09-01", "600000", "RUB", "ti-software", 1, null)
                .build();
        List<LocalDate> asked = new ArrayList<>();
        Simulation simulation = simulate(Shipped.smartSoft(), facts, asked);
        WhatIf later = WhatIf.NONE.withAsOf(LocalDate.parse("2026-09-30"));
        Comparison first = simulation.compare(later);
        simulation.compare(later.withCertified("ti-sales", 1));
        assertThat(asked).containsExactly(LocalDate.parse("2026-09-30"));
        assertThat(first.before().qualifiedTiers()).contains("certified");
        // the September 2025 sale leaves the last 12 months by then
        assertThat(first.after().qualifiedTiers()).doesNotContain("certified");
        assertThat(first.after().standing().atRisk()).isTrue();
    }

    @Test
    void aBitrixBusinessPartnerReachingCertifiedShowsTheMarginItWouldGetThere() {
        PartnerFacts facts = PartnerBuilder.joined("2025-03-01", "USD").holding("business")
                .checklist("partner-agreement", "nda", "first-line-support", "logo-on-website", "product-descriptions")
                .certified("bitrix-engineer", "2026-01-01").certified("bitrix-sales", "2026-01-01").build();
        Comparison comparison = simulate(Shipped.bitrix(), facts, new ArrayList<>())
                .compare(WhatIf.NONE.withSales(null, null, new BigDecimal("2500"), 1));
        assertThat(comparison.after().points()).isEqualByComparingTo("500");
        assertThat(comparison.after().tier()).isEqualTo("certified");
        assertThat(comparison.after().rewards().get("license")).isEqualByComparingTo("45");
        assertThat(comparison.after().standing().rewards().get("license")).isEqualByComparingTo("40");
    }
}
