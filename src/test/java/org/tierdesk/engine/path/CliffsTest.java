package org.tierdesk.engine.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.fixture.PartnerBuilder;
import org.tierdesk.engine.fixture.Shipped;
import org.tierdesk.engine.measure.FactsSummarizer;
import org.tierdesk.engine.whatif.Simulation;
import org.tierdesk.engine.whatif.WhatIf;
import org.tierdesk.program.Program;

class CliffsTest {
    private static final LocalDate AS_OF = LocalDate.parse("2026-08-14");

    private static Simulation simulate(Program program, PartnerFacts facts) {
        return new Simulation(program, FactsSummarizer.summarize(program, facts, AS_OF),
                date -> FactsSummarizer.summarize(program, facts, date));
    }

    @Test
    void another180000TengeBeforeTheQuarterEndsDoublesTheAccumulationRate() {
        PartnerFacts facts = PartnerBuilder.joined("2025-01-01", "KZT").holding("primary").checklist("registration")
                .sale("2026-02-01", "1000000").sale("2026-05-01", "1500000").sale("2026-07-20", "320000").build();
        AccumulationCliff cliff = new Cliffs(simulate(Shipped.intelligentPlatforms(), facts))
                .accumulation(WhatIf.NONE).orElseThrow();
        assertThat(cliff.before()).isEqualTo(LocalDate.parse("2026-09-30"));
        assertThat(cliff.purchases()).isEqualByComparingTo("2820000");
        assertThat(cliff.more()).isEqualByComparingTo("180000");
        assertThat(cliff.rateNow()).isEqualByComparingTo("2");
        assertThat(cliff.rateAfter()).isEqualByComparingTo("4");
        assertThat(cliff.pointsWithout()).isEqualByComparingTo("56400");
        assertThat(cliff.pointsWith()).isEqualByComparingTo("120000");
    }

    @Test
    void aWhatIfSaleThisQuarterBringsTheThresholdCloser() {
        PartnerFacts facts = PartnerBuilder.joined("2025-01-01", "KZT").holding("primary").checklist("registration")
                .sale("2026-02-01", "2500000").build();
        AccumulationCliff cliff = new Cliffs(simulate(Shipped.intelligentPlatforms(), facts))
                .accumulation(WhatIf.NONE.withSales(null, null, new java.math.BigDecimal("300000"), 0))
                .orElseThrow();
        assertThat(cliff.more()).isEqualByComparingTo("200000");
    }

    @Test
    void aboveTheTopBracketThereIsNoCliff() {
        PartnerFacts facts = PartnerBuilder.joined("2025-01-01", "KZT").holding("primary")
                .sale("2026-02-01", "3500000").build();
        assertThat(new Cliffs(simulate(Shipped.intelligentPlatforms(), facts)).accumulation(WhatIf.NONE)).isEmpty();
        assertThat(new Cliffs(simulate(Shipped.bitrix(), PartnerBuilder.joined("2025-01-01", "USD").build()))
                .accumulation(WhatIf.NONE)).isEmpty();
    }

    @Test
    void asoftBonusesWithinReachAreListedWithWhatTheyAddUnderTheCap() {
        PartnerFacts facts = PartnerBuilder.joined("2025-01-01", "RUB").holding("competency")
                .checklist("accession-agreement", "website-announcement")
                .certified("asoft-crm-admin", "2026-01-01").certified("asoft-crm-admin", "2026-01-01")
                .plan(2026, "1000000", "RUB").sale("2026-03-01", "900000")
                .activity("2026-03-01", "marketing-event").build();
        List<BonusCliff> cliffs = new Cliffs(simulate(Shipped.asoft(), facts)).bonuses(WhatIf.NONE);

        assertThat(cliffs).extracting(c -> c.bonus().bonus().id()).containsExactly("sales-plan-met",
                "reviews-above-75-percent", "extra-certified-staff", "own-event", "asoft-event-participation");
        BonusCliff plan = cliffs.get(0);
        assertThat(plan.gain().get("license")).isEqualByComparingTo("10");
        assertThat(plan.options().get(0).parts().get(0).kind()).isEqualTo(ActionKind.PLAN_MET);
        assertThat(plan.options().get(0).parts().get(0).quantity()).isEqualByComparingTo("100000");
        BonusCliff reviews = cliffs.get(1);
        assertThat(reviews.options().get(0).parts()).extracting(ActionPart::subject)
                .containsExactly("implementation", "customer-review");
        BonusCliff staff = cliffs.get(2);
        assertThat(staff.options().get(0).parts().get(0).quantity()).isEqualByComparingTo("1");
        assertThat(staff.gain().get("license")).isEqualByComparingTo("2.5");
    }

    @Test
    void aBonusBeyondTheFortyPercentCapIsNotWorthPointingOut() {
        PartnerFacts facts = PartnerBuilder.joined("2025-01-01", "RUB").holding("saas")
                .plan(2026, "100", "RUB").sale("2026-03-01", "900000")
                .activity("2026-03-01", "implementation").activity("2026-03-02", "customer-review")
                .activity("2026-03-03", "own-event")
                .certified("asoft-crm-admin", "2026-01-01").certified("asoft-crm-admin", "2026-01-01")
                .certified("asoft-crm-admin", "2026-01-01").build();
        // saas 25 + reviews 5 + plan 5 + staff 2.5 + own event 2.5 = 40: the event participation's +1 pays nothing
        assertThat(new Cliffs(simulate(Shipped.asoft(), facts)).bonuses(WhatIf.NONE)).isEmpty();
    }
}
