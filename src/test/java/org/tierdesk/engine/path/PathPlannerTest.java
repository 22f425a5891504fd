package org.tierdesk.engine.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
import org.tierdesk.program.Requirement;
import org.tierdesk.program.Window;

class PathPlannerTest {
    private static final LocalDate AS_OF = LocalDate.parse("2026-08-14");

    private static Simulation simulate(Program program, PartnerFacts facts) {
        return new Simulation(program, FactsSummarizer.summarize(program, facts, AS_OF),
                date -> FactsSummarizer.summarize(program, facts, date));
    }

    private static PathStep step(TierPath path, Class<? extends Requirement> kind) {
        return path.steps().stream().filter(s -> kind.isInstance(s.requirement().requirement())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind.getSimpleName() + " step in " + path.steps()));
    }

    private static ActionPart only(PathAction action) {
        assertThat(action.parts()).hasSize(1);
        return action.parts().get(0);
    }

    @Test
    void bitrixCertifiedCannotBeReachedBySalesAloneItNeedsCertificationsAndChecklistItems() {
        PartnerFacts facts = PartnerBuilder.joined("2025-03-01", "USD").holding("business")
                .checklist("partner-agreement", "nda", "first-line-support").sale("2026-02-10", "1000").build();
        Simulation simulation = simulate(Shipped.bitrix(), facts);
        TierPath path = new PathPlanner(simulation).toNextTier(WhatIf.NONE).orElseThrow();

        assertThat(path.target()).isEqualTo("certified");
        assertThat(path.reachableBySalesAlone()).isFalse();
        assertThat(path.notBySales()).extracting(s -> s.requirement().requirement().getClass().getSimpleName())
                .containsExactlyInAnyOrder("Checklist", "Checklist", "CertifiedStaff", "CertifiedStaff");
        // 1,000 USD while holding business earned 100 + 100: 300 more points
        PathStep points = step(path, Requirement.Points.class);
        assertThat(points.closableBySales()).isTrue();
        PathAction fewest = points.options().get(0);
        assertThat(only(fewest).kind()).isEqualTo(ActionKind.ACTIVITIES);
        assertThat(fewest.points()).isGreaterThanOrEqualTo(300);
        assertThat(fewest.parts().get(0).quantity()).isEqualByComparingTo("1");
        PathAction sales = points.options().stream().filter(PathAction::isSelling).findFirst().orElseThrow();
        // floor(1500 / 10) + 10 × floor(1500 / 100) = 150 + 150
        assertThat(only(sales).quantity()).isEqualByComparingTo("1500");
        assertThat(sales.points()).isEqualTo(300);
        assertThat(points.options()).anySatisfy(o -> {
            assertThat(only(o).subject()).isEqualTo("case-study");
            assertThat(only(o).quantity()).isEqualByComparingTo("2");
        });

        assertThat(path.reachable()).isTrue();
        assertThat(simulation.after(path.proposal()).qualifiedTiers()).contains("certified");
    }

    @Test
    void bitrixGoldNeedsFifteenThousandDollarsWithoutTheEarlyAdopterBonusOrOneLocalization() {
        PartnerFacts facts = PartnerBuilder.joined("2025-03-01", "USD").holding("certified")
                .checklist("partner-agreement", "nda", "first-line-support", "logo-on-website",
                        "product-descriptions", "sales-commitment", "forecasting")
                .certified("bitrix-engineer", "2026-01-01").certified("bitrix-engineer", "2026-01-01")
                .certified("bitrix-sales", "2026-01-01").certified("bitrix-sales", "2026-01-01")
                .activity("2026-04-01", "custom-module", true).build();
        TierPath path = new PathPlanner(simulate(Shipped.bitrix(), facts)).toNextTier(WhatIf.NONE).orElseThrow();

        assertThat(path.target()).isEqualTo("gold");
        assertThat(path.steps()).hasSize(1);
        assertThat(path.reachableBySalesAlone()).isTrue();
        List<PathAction> options = path.steps().get(0).options();
        assertThat(only(options.get(0)).subject()).isEqualTo("localization");
        // 1,500 points: one localization gives 2,000; a seminar and a custom module land on 1,500
        assertThat(options.get(1).parts()).extracting(ActionPart::subject).containsExactly("seminar",
                "custom-module");
        assertThat(options.get(1).points()).isEqualTo(1500);
        assertThat(options).anySatisfy(o -> {
            assertThat(only(o).subject()).isEqualTo("seminar");
            assertThat(only(o).quantity()).isEqualByComparingTo("2");
            assertThat(o.points()).isEqualTo(2000);
        });
        PathAction sales = options.get(options.size() - 1);
        assertThat(only(sales).kind()).isEqualTo(ActionKind.SALES);
        assertThat(only(sales).quantity()).isEqualByComparingTo("15000");
        assertThat(path.reachable()).isTrue();
    }

    @Test
    void leoBackupGoldNeedsTheMarketingPlanAndTheLicensesLastMonth() {
        PartnerFacts facts = PartnerBuilder.joined("2025-01-01", "USD").holding("silver")
                .checklist("dedicated-specialist", "logo-on-website", "customer-notifications")
                .licenses("2026-07-03", 22).build();
        TierPath path = new PathPlanner(simulate(Shipped.leoBackup(), facts)).toNextTier(WhatIf.NONE).orElseThrow();

        assertThat(path.target()).isEqualTo("gold");
        ActionPart licenses = only(step(path, Requirement.SalesVolume.class).options().get(0));
        assertThat(licenses.kind()).isEqualTo(ActionKind.LICENSES);
        assertThat(licenses.quantity()).isEqualByComparingTo("8");
        assertThat(licenses.window()).isEqualTo(Window.LAST_COMPLETE_MONTH);
        assertThat(only(step(path, Requirement.Checklist.class).options().get(0)).subject())
                .isEqualTo("marketing-plan");
        assertThat(path.reachableBySalesAlone()).isFalse();
        assertThat(path.reachable()).isTrue();
    }

    @Test
    void asoftHasNoLadderSoTheManagerChoosesCompetencyAndGetsEveryMissingItem() {
        PartnerFacts facts = PartnerBuilder.joined("2025-01-01", "RUB").holding("retail")
                .checklist("accession-agreement").certified("asoft-crm-admin", "2026-01-01")
                .activity("2026-02-01", "implementation").activity("2026-03-01", "implementation")
                .activity("2026-04-01", "implementation").build();
        Simulation simulation = simulate(Shipped.asoft(), facts);
        PathPlanner planner = new PathPlanner(simulation);
        assertThat(planner.toNextTier(WhatIf.NONE)).isEmpty();

        TierPath path = planner.to("competency", WhatIf.NONE);
        assertThat(only(step(path, Requirement.CertifiedStaff.class).options().get(0)).quantity())
                .isEqualByComparingTo("1");
        assertThat(only(step(path, Requirement.ActivityCount.class).options().get(0)).subject())
                .isEqualTo("marketing-event");
        // reviews ≥ 0.5 × 3 implementations: 2 reviews
        ActionPart reviews = only(step(path, Requirement.ActivityRatio.class).options().get(0));
        assertThat(reviews.subject()).isEqualTo("customer-review");
        assertThat(reviews.quantity()).isEqualByComparingTo("2");
        assertThat(path.reachable()).isTrue();
        assertThat(path.reachableBySalesAlone()).isFalse();
    }

    @Test
    void intelligentPlatformsServiceIsReachedThroughTheCheapestBaseTier() {
        PartnerFacts facts = PartnerBuilder.joined("2025-01-01", "KZT").holding("primary")
                .checklist("registration", "sws-aws-warranty").plan(2026, "5000000", "KZT")
                .staff("Engineer", List.of("engineer")).build();
        TierPath path = new PathPlanner(simulate(Shipped.intelligentPlatforms(), facts)).to("service", WhatIf.NONE);

        // solution lacks only joint-solution; professional would need two things
        assertThat(path.steps()).hasSize(1);
        assertThat(only(path.steps().get(0).options().get(0)).subject()).isEqualTo("joint-solution");
        assertThat(path.reachable()).isTrue();
    }

    @Test
    void intelligentPlatformsProfessionalNeedsASalesPersonAndAnAgreedPlan() {
        PartnerFacts facts = PartnerBuilder.joined("2025-01-01", "KZT").holding("primary")
                .checklist("registration", "site-registration").build();
        TierPath path = new PathPlanner(simulate(Shipped.intelligentPlatforms(), facts)).toNextTier(WhatIf.NONE)
                .orElseThrow();
        assertThat(path.target()).isEqualTo("professional");
        assertThat(path.steps()).extracting(s -> only(s.options().get(0)).kind())
                .containsExactlyInAnyOrder(ActionKind.PLAN_AGREED, ActionKind.STAFF_IN_ROLE);
        assertThat(path.reachable()).isTrue();
    }

    @Test
    void smartSoftPrivilegedWaitsForPromotionsInTheComingQuartersAndSaysWhen() {
        PartnerFacts facts = PartnerBuilder.joined("2024-01-01", "RUB").holding("certified")
                .checklist("contract-signed", "reviews-provided", "monthly-financial-reports", "info-on-website",
                        "license-renewal-work", "partner-network")
                .certified("ti-technical", "2025-01-01").certified("ti-sales", "2025-01-01")
                .sale("2026-05-01", "700000", "RUB", "ti-software", 5, null)
                // 2025-Q3, 2025-Q4 and 2026-Q2 have a promotion; 2026-Q1 has none
                .activity("2025-08-01", "joint-promotion").activity("2025-11-01", "joint-promotion")
                .activity("2026-05-01", "joint-promotion").build();
        Simulation simulation = simulate(Shipped.smartSoft(), facts);
        TierPath path = new PathPlanner(simulation).toNextTier(WhatIf.NONE).orElseThrow();

        assertThat(path.target()).isEqualTo("privileged");
        PathAction quarterly = step(path, Requirement.QuarterlyActivity.class).options().get(0);
        assertThat(only(quarterly).kind()).isEqualTo(ActionKind.ACTIVITY_EACH_QUARTER);
        // 2026-Q1 leaves the last four quarters once 2026-Q3, 2026-Q4 and 2027-Q1 are over
        assertThat(only(quarterly).quantity()).isEqualByComparingTo("3");
        assertThat(quarterly.metOn()).isEqualTo(LocalDate.parse("2027-03-31"));
        ActionPart sales = only(step(path, Requirement.SalesVolume.class).options().get(0));
        assertThat(sales.quantity()).isEqualByComparingTo("300000");
        assertThat(path.reachable()).isTrue();
        assertThat(simulation.after(path.proposal()).qualifiedTiers()).contains("privileged");
    }

    @Test
    void smartSoftCertifiedIsReachedBySalesAloneWhenTheTechnicianIsThere() {
        PartnerFacts facts = PartnerBuilder.joined("2024-01-01", "RUB").holding("authorized")
                .checklist("contract-signed", "reviews-provided", "monthly-financial-reports", "info-on-website")
                .certified("ti-technical", "2025-01-01").sale("2026-05-01", "120000", "RUB", "ting", 1, null).build();
        TierPath path = new PathPlanner(simulate(Shipped.smartSoft(), facts)).toNextTier(WhatIf.NONE).orElseThrow();
        assertThat(path.reachableBySalesAlone()).isTrue();
        assertThat(only(path.steps().get(0).options().get(0)).quantity()).isEqualByComparingTo("380000");
        assertThat(path.proposal().salesIn(Window.TRAILING_12_MONTHS, "ti-software").amount())
                .isEqualByComparingTo(new BigDecimal("380000"));
    }

    @Test
    void aTierAlreadyQualifiedNeedsNoStep() {
        PartnerFacts facts = PartnerBuilder.joined("2025-01-01", "USD").holding("silver")
                .checklist("dedicated-specialist", "logo-on-website", "customer-notifications", "marketing-plan")
                .licenses("2026-07-03", 31).build();
        TierPath path = new PathPlanner(simulate(Shipped.leoBackup(), facts)).to("gold", WhatIf.NONE);
        assertThat(path.alreadyQualified()).isTrue();
        assertThat(path.steps()).isEmpty();
    }
}
