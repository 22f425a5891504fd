package org.tierdesk.engine.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tierdesk.engine.facts.Money;
import org.tierdesk.engine.fixture.PartnerBuilder;
import org.tierdesk.engine.fixture.Shipped;
import org.tierdesk.engine.measure.FactsSummarizer;
import org.tierdesk.engine.measure.FactsSummary;
import org.tierdesk.program.Program;

class DealCalculatorTest {
    private static final LocalDate AS_OF = LocalDate.parse("2026-08-14");
    private final DealCalculator calculator = new DealCalculator();

    private static FactsSummary summary(Program program, PartnerBuilder partner) {
        return FactsSummarizer.summarize(program, partner.build(), AS_OF);
    }

    private static BonusQuote bonus(DealQuote quote, String id) {
        return quote.bonuses().stream().filter(b -> b.bonus().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void eachAsoftBonusAddsItsPercentToTheCompetencyDiscount() {
        Program asoft = Shipped.asoft();
        FactsSummary summary = summary(asoft, PartnerBuilder.joined("2025-01-01", "RUB").holding("competency"));
        DealQuote quote = calculator.quote(asoft, summary, Money.of("100000", "RUB"), "license", false);

        assertThat(quote.held().orElseThrow().base().percent()).isEqualByComparingTo("20");
        assertThat(quote.held().orElseThrow().base().pays().amount()).isEqualByComparingTo("80000.00");
        assertThat(bonus(quote, "reviews-above-75-percent").price().percent()).isEqualByComparingTo("25");
        assertThat(bonus(quote, "sales-plan-met").price().percent()).isEqualByComparingTo("30");
        assertThat(bonus(quote, "extra-certified-staff").price().percent()).isEqualByComparingTo("22.5");
        assertThat(bonus(quote, "asoft-event-participation").price().percent()).isEqualByComparingTo("21");
        assertThat(bonus(quote, "own-event").price().percent()).isEqualByComparingTo("22.5");
        assertThat(bonus(quote, "own-event").price().earns().amount()).isEqualByComparingTo("22500.00");
        assertThat(quote.bonuses()).noneMatch(BonusQuote::conditionMet);
    }

    @Test
    void allAsoftBonusesTogetherStopAtTheFortyPercentCap() {
        Program asoft = Shipped.asoft();
        FactsSummary summary = summary(asoft, PartnerBuilder.joined("2025-01-01", "RUB").holding("competency"));
        DealQuote quote = calculator.quote(asoft, summary, Money.of("100000", "RUB"), "license", false);
        // 20 + 5 + 10 + 2.5 + 1 + 2.5 = 41
        assertThat(quote.allBonuses().percent()).isEqualByComparingTo("40");
        assertThat(quote.allBonuses().pays().amount()).isEqualByComparingTo("60000.00");
        assertThat(quote.allBonuses().earns()).isEqualTo(new Money(new BigDecimal("40000.00"), "RUB"));
    }

    @Test
    void theBonusesMetNowCountAtTheHeldTierAndAtEveryOther() {
        Program asoft = Shipped.asoft();
        FactsSummary summary = summary(asoft, PartnerBuilder.joined("2025-01-01", "RUB").holding("retail")
                .plan(2026, "500000", "RUB").sale("2026-03-01", "600000").activity("2026-04-01", "own-event"));
        DealQuote quote = calculator.quote(asoft, summary, Money.of("100000", "RUB"), "license", false);
        // retail 10 + plan 10 + own event 2.5
        assertThat(quote.held().orElseThrow().withBonuses().percent()).isEqualByComparingTo("22.5");
        assertThat(quote.effective().pays().amount()).isEqualByComparingTo("77500.00");
        assertThat(bonus(quote, "sales-plan-met").conditionMet()).isTrue();
        // competency 20 + plan 10 + own event 2.5; saas 25 + plan 5 + own event 2.5
        assertThat(quote.at("competency").orElseThrow().withBonuses().percent()).isEqualByComparingTo("32.5");
        assertThat(quote.at("saas").orElseThrow().withBonuses().percent()).isEqualByComparingTo("32.5");
        assertThat(quote.bonuses()).extracting(b -> b.bonus().id()).doesNotContain("reviews-above-75-percent",
                "extra-certified-staff");
    }

    @Test
    void bitrixTakesAnotherHalfOffThePartnersVeryFirstSale() {
        Program bitrix = Shipped.bitrix();
        FactsSummary summary = summary(bitrix, PartnerBuilder.joined("2026-08-01", "USD").holding("business"));
        DealQuote first = calculator.quote(bitrix, summary, Money.of("1000", "USD"), "license", true);
        // 40 % margin: pays 600, and half of that on the very first sale
        assertThat(first.firstSaleApplies()).isTrue();
        assertThat(first.firstSale().pays().amount()).isEqualByComparingTo("300.00");
        assertThat(first.firstSale().earns().amount()).isEqualByComparingTo("700.00");
        assertThat(first.firstSale().percent()).isEqualByComparingTo("70");
        assertThat(first.effective()).isEqualTo(first.firstSale());

        DealQuote later = calculator.quote(bitrix, summary, Money.of("1000", "USD"), "license", false);
        assertThat(later.firstSaleApplies()).isFalse();
        assertThat(later.effective().pays().amount()).isEqualByComparingTo("600.00");
        assertThat(later.tiers()).extracting(TierQuote::tier).containsExactly("business", "certified", "gold");
        assertThat(later.at("gold").orElseThrow().base().pays().amount()).isEqualByComparingTo("500.00");
    }

    @Test
    void smartSoftRewardsEachCategoryAtItsOwnRate() {
        Program smartSoft = Shipped.smartSoft();
        FactsSummary summary = summary(smartSoft, PartnerBuilder.joined("2025-01-01", "RUB").holding("certified"));
        DealQuote ting = calculator.quote(smartSoft, summary, Money.of("200000", "RUB"), "ting", false);
        assertThat(ting.held().orElseThrow().base().percent()).isEqualByComparingTo("20");
        assertThat(ting.held().orElseThrow().base().pays().amount()).isEqualByComparingTo("160000.00");
        assertThat(ting.at("privileged").orElseThrow().base().earns().amount()).isEqualByComparingTo("50000.00");
        assertThat(ting.firstSale()).isNull();
        DealQuote software = calculator.quote(smartSoft, summary, Money.of("200000", "RUB"), "ti-software", false);
        assertThat(software.held().orElseThrow().base().earns().amount()).isEqualByComparingTo("60000.00");
        assertThat(software.at("authorized").orElseThrow().base().earns().amount()).isEqualByComparingTo("50000.00");
    }

    @Test
    void aProgramWithoutPublishedDiscountsQuotesNothing() {
        Program ip = Shipped.intelligentPlatforms();
        FactsSummary summary = summary(ip, PartnerBuilder.joined("2025-01-01", "KZT").holding("primary"));
        DealQuote quote = calculator.quote(ip, summary, Money.of("100000", "KZT"), "license", false);
        assertThat(quote.rewarded()).isFalse();
        assertThat(quote.effective()).isNull();
    }

    @Test
    void theNextTierIsWorthTheMarginDifferenceOnLastYearsSalesPerCategory() {
        Program smartSoft = Shipped.smartSoft();
        FactsSummary summary = summary(smartSoft, PartnerBuilder.joined("2025-01-01", "RUB").holding("certified"));
        YearlyWorth worth = YearlyWorth.of(smartSoft, summary, Map.of("ting", new BigDecimal("400000"),
                "ti-software", new BigDecimal("1000000")), "privileged");
        assertThat(worth.categories()).extracting(CategoryWorth::category).containsExactly("ti-software", "ting");
        CategoryWorth software = worth.categories().get(0);
        assertThat(software.earnedNow().amount()).isEqualByComparingTo("300000.00");
        assertThat(software.earnedThere().amount()).isEqualByComparingTo("350000.00");
        assertThat(software.difference().amount()).isEqualByComparingTo("50000.00");
        // 5 % more on both: 50,000 + 20,000
        assertThat(worth.total()).isEqualTo(new Money(new BigDecimal("70000.00"), "RUB"));
    }
}
