package org.tierdesk.ui.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tierdesk.engine.fixture.PartnerBuilder;
import org.tierdesk.engine.fixture.Shipped;
import org.tierdesk.engine.path.PathAction;
import org.tierdesk.engine.whatif.WhatIf;
import org.tierdesk.store.Problem;
import org.tierdesk.ui.Language;
import org.tierdesk.ui.Messages;

class SimulatorViewModelTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-08-14");
    private final Messages messages = new Messages(Language.ENGLISH);

    private static TestPartners bitrixBusiness() {
        return new TestPartners("Alpha Soft", Shipped.bitrix(), PartnerBuilder.joined("2025-03-01", "USD")
                .holding("business")
                .checklist("partner-agreement", "nda", "first-line-support", "logo-on-website", "product-descriptions")
                .certified("bitrix-engineer", "2026-01-01").sale("2026-02-10", "1000").build());
    }

    @Test
    void theControlsAreThoseTheProgramMakesRelevant() {
        SimulatorViewModel model = new SimulatorViewModel(bitrixBusiness(), TODAY, messages);
        assertThat(model.levers()).extracting(Lever::id).contains("lever-sales-license-asof",
                "lever-certified-bitrix-engineer", "lever-certified-bitrix-sales", "lever-activity-seminar",
                "lever-activity-case-study", "lever-checklist-sales-commitment", "lever-checklist-forecasting")
                .doesNotContain("lever-checklist-nda", "lever-plan-met");
        SimulatorViewModel leo = new SimulatorViewModel(new TestPartners("Leo partner", Shipped.leoBackup(),
                PartnerBuilder.joined("2025-01-01", "USD").holding("silver").build()), TODAY, messages);
        assertThat(leo.levers()).extracting(Lever::id).contains("lever-licenses-license-last-complete-month")
                .noneMatch(id -> id.startsWith("lever-sales-"));
    }

    @Test
    void movingAControlRecomputesTheAfterSideAtOnceAndLeavesTheBeforeSide() {
        SimulatorViewModel model = new SimulatorViewModel(bitrixBusiness(), TODAY, messages);
        assertThat(model.comparison().after().tier()).isEqualTo("business");
        model.lever("lever-certified-bitrix-sales").orElseThrow().valueProperty().set(BigDecimal.ONE);
        model.lever("lever-activity-custom-module").orElseThrow().valueProperty().set(BigDecimal.ONE);
        assertThat(model.comparison().after().tier()).isEqualTo("certified");
        assertThat(model.comparison().after().points()).isEqualByComparingTo("700");
        assertThat(model.comparison().before().tier()).isEqualTo("business");
        assertThat(model.whatIfProperty().get()).isEqualTo(WhatIf.NONE.withCertified("bitrix-sales", 1)
                .withActivities("custom-module", 1));
    }

    @Test
    void applyingAProposalMovesTheControlsToMatch() {
        SimulatorViewModel model = new SimulatorViewModel(bitrixBusiness(), TODAY, messages);
        assertThat(model.targetProperty().get()).isEqualTo("certified");
        model.applyProposal();
        assertThat(model.comparison().after().qualifiedTiers()).contains("certified");
        assertThat(model.lever("lever-certified-bitrix-sales").orElseThrow().value()).isEqualByComparingTo("1");
        assertThat(model.pathProperty().get().alreadyQualified()).isTrue();
    }

    @Test
    void applyingOneAlternativeAddsOnlyThatAction() {
        SimulatorViewModel model = new SimulatorViewModel(bitrixBusiness(), TODAY, messages);
        PathAction sales = model.pathOptions().stream().flatMap(java.util.List::stream)
                .filter(PathAction::isSelling).findFirst().orElseThrow();
        model.apply(sales);
        // 1,000 USD earned 200 points; 1,500 more at business earn the 300 missing
        assertThat(model.lever("lever-sales-license-asof").orElseThrow().value()).isEqualByComparingTo("1500");
        assertThat(model.comparison().after().points()).isEqualByComparingTo("500");
    }

    @Test
    void aSavedPlanReopensWithItsControlsAndDateAndCanBeDeleted() {
        TestPartners partner = bitrixBusiness();
        SimulatorViewModel model = new SimulatorViewModel(partner, TODAY, messages);
        model.lever("lever-activity-seminar").orElseThrow().valueProperty().set(BigDecimal.ONE);
        model.lookAt(model.quarterEnd());
        model.planNameProperty().set("Seminar by September");
        assertThat(model.savePlan()).isTrue();
        assertThat(model.plans()).extracting(p -> p.name()).containsExactly("Seminar by September");

        model.reset();
        assertThat(model.lever("lever-activity-seminar").orElseThrow().value()).isEqualByComparingTo("0");
        assertThat(model.asOfProperty().get()).isEqualTo(TODAY);
        model.openPlan(model.plans().get(0));
        assertThat(model.lever("lever-activity-seminar").orElseThrow().value()).isEqualByComparingTo("1");
        assertThat(model.asOfProperty().get()).isEqualTo(LocalDate.parse("2026-09-30"));
        assertThat(model.statusProperty().get()).isEqualTo("Plan “Seminar by September” opened.");

        model.deletePlan(model.plans().get(0));
        assertThat(model.plans()).isEmpty();
    }

    /** A plan the store refuses says why in the manager's language. */
    @Test
    void aRefusedPlanSaysWhyInRussian() {
        SimulatorViewModel model = new SimulatorViewModel(bitrixBusiness()
                .refusingPlans(Problem.of("name", "name.tooLong", 300)), TODAY, new Messages(Language.RUSSIAN));
        model.planNameProperty().set("План");
        assertThat(model.savePlan()).isFalse();
        assertThat(model.statusProperty().get()).contains("Слишком длинное название: не более 300 символов.");
        assertThat(model.plans()).isEmpty();
    }

    @Test
    void aPlanNeedsAName() {
        SimulatorViewModel model = new SimulatorViewModel(bitrixBusiness(), TODAY, messages);
        model.planNameProperty().set("  ");
        assertThat(model.savePlan()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("Give the plan a name to save it.");
        assertThat(model.plans()).isEmpty();
    }

    @Test
    void aLaterDateAsksForThatDaysFiguresOnce() {
        TestPartners partner = bitrixBusiness();
        SimulatorViewModel model = new SimulatorViewModel(partner, TODAY, messages);
        model.lookAt(LocalDate.parse("2026-12-31"));
        model.lever("lever-activity-seminar").orElseThrow().valueProperty().set(BigDecimal.ONE);
        assertThat(partner.summariesAsked).containsOnlyOnce(LocalDate.parse("2026-12-31"));
        assertThat(model.comparison().after().standing().asOf()).isEqualTo(LocalDate.parse("2026-12-31"));
    }

    @Test
    void theDealFollowsThePriceAndTheFirstSaleDiscountOfAPartnerWithoutSales() {
        TestPartners fresh = new TestPartners("New Partner", Shipped.bitrix(), PartnerBuilder
                .joined("2026-08-01", "USD").holding("business").checklist("partner-agreement", "nda").build());
        SimulatorViewModel model = new SimulatorViewModel(fresh, TODAY, messages);
        model.dealPriceProperty().set("1000");
        assertThat(model.quoteProperty().get().firstSaleApplies()).isTrue();
        assertThat(model.quoteProperty().get().effective().earns().amount()).isEqualByComparingTo("700");
        model.dealPriceProperty().set("abc");
        assertThat(model.quoteProperty().get()).isNull();
        assertThat(model.statusProperty().get()).isEqualTo("The price must be a number of at least 0.");
    }

    @Test
    void theYearlyViewPricesTheTargetTierOnLastYearsSales() {
        TestPartners partner = new TestPartners("Smart partner", Shipped.smartSoft(), PartnerBuilder
                .joined("2024-01-01", "RUB").holding("certified")
                .sale("2026-03-01", "400000", "RUB", "ting", 2, null)
                .sale("2026-04-01", "600000", "RUB", "ti-software", 6, null).build());
        SimulatorViewModel model = new SimulatorViewModel(partner, TODAY, messages);
        assertThat(model.targetProperty().get()).isEqualTo("privileged");
        // 5 % more on 1,000,000
        assertThat(model.yearlyWorthProperty().get().total().amount()).isEqualByComparingTo("50000");
    }

    @Test
    void intelligentPlatformsShowsItsAccumulationThreshold() {
        TestPartners partner = new TestPartners("KZ partner", Shipped.intelligentPlatforms(), PartnerBuilder
                .joined("2025-01-01", "KZT").holding("primary").checklist("registration")
                .sale("2026-02-01", "2820000").build());
        SimulatorViewModel model = new SimulatorViewModel(partner, TODAY, messages);
        assertThat(model.accumulationCliffProperty().get().more()).isEqualByComparingTo("180000");
        assertThat(model.texts().accumulation(model.accumulationCliffProperty().get()))
                .isEqualTo("More than 180,000\u00a0KZT of purchases before Sep 30, 2026 raises the accumulation rate"
                        + " from 2% to 4% on the whole sum: 56,400 → about 120,000 points.");
    }
}
