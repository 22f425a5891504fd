package org.tierdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tierdesk.engine.fixture.PartnerBuilder;
import org.tierdesk.engine.fixture.Results;
import org.tierdesk.engine.fixture.Shipped;
import org.tierdesk.engine.standing.RequirementResult;
import org.tierdesk.engine.standing.Standing;
import org.tierdesk.program.Program;

class SmartSoftStandingTest {
    private static final Program SMART_SOFT = Shipped.smartSoft();
    private static final LocalDate AS_OF = LocalDate.parse("2026-11-23");
    private final StandingEvaluator evaluator = new StandingEvaluator();

    private static PartnerBuilder authorizedPartner() {
        return PartnerBuilder.joined("2024-01-10", "RUB").holding("authorized")
                .checklist("contract-signed", "reviews-provided", "monthly-financial-reports", "info-on-website");
    }

    private static PartnerBuilder privilegedCandidate() {
        return authorizedPartner().holding("certified").checklist("license-renewal-work", "partner-network")
                .certified("ti-technical", "2025-01-01").certified("ti-sales", "2025-01-01")
                .sale("2026-03-01", "1200000")
                .activity("2025-11-15", "joint-promotion").activity("2026-02-15", "joint-promotion")
                .activity("2026-05-15", "joint-promotion").activity("2026-08-15", "joint-promotion");
    }

    private Standing evaluate(PartnerBuilder partner) {
        return evaluator.evaluate(SMART_SOFT, partner.build(), AS_OF);
    }

    @Test
    void rewardsArePerCategoryForTheHeldTier() {
        Standing standing = evaluate(authorizedPartner().holding("certified"));
        assertThat(standing.rewards()).isEqualTo(Map.of("ti-software", new BigDecimal("30"),
                "ting", new BigDecimal("20"), "depo-ti", new BigDecimal("20"), "renewal", new BigDecimal("30")));
    }

    @Test
    void certifiedNeedsHalfAMillionInTheLastTwelveMonths() {
        Standing standing = evaluate(authorizedPartner().certified("ti-technical", "2025-01-01")
                .sale("2025-11-23", "100000")          // a day before the window
                .sale("2025-11-24", "287600").sale("2026-11-23", "200000"));
        RequirementResult sales = Results.salesAmount(standing, "certified");
        assertThat(sales.met()).isFalse();
        assertThat(sales.current()).isEqualByComparingTo("487600");
        assertThat(sales.gap().text()).isEqualTo("12 400 RUB more sales in the last 12 months");
        assertThat(sales.gap().unit()).isEqualTo("RUB");
        assertThat(sales.gap().window()).isEqualTo("trailing-12-months");
    }

    @Test
    void aSaleInAnotherCurrencyCountsAtItsDatesRateAndTheGapIsRoundedUpToWholeRoubles() {
        Standing standing = evaluate(authorizedPartner().certified("ti-technical", "2025-01-01")
                .rate("2026-01-01", "USD", "RUB", "95.5").rate("2026-07-01", "USD", "RUB", "80")
                .sale("2026-03-01", "5000.01", "USD")   // 477 500.955 RUB
                .sale("2026-07-01", "100", "USD"));     // 8 000 RUB
        RequirementResult sales = Results.salesAmount(standing, "certified");
        assertThat(sales.current()).isEqualByComparingTo("485500.955");
        assertThat(sales.gap().missing()).isEqualByComparingTo("14500");
        assertThat(sales.gap().text()).isEqualTo("14 500 RUB more sales in the last 12 months");
        assertThat(evaluate(authorizedPartner().certified("ti-technical", "2025-01-01")
                .rate("2026-01-01", "USD", "RUB", "100").sale("2026-03-01", "5000", "USD")).qualifiedTiers())
                .contains("certified");
    }

    @Test
    void privilegedNeedsAJointPromotionInEachOfTheLastFourCompletedQuarters() {
        Standing standing = evaluate(privilegedCandidate());
        assertThat(standing.qualifiedTiers()).containsExactly("authorized", "certified", "privileged");
        assertThat(standing.upgradeDue()).isTrue();
        assertThat(standing.nextTier()).isEqualTo("privileged");
    }

    @Test
    void aQuarterWithoutAPromotionIsNamedInTheGap() {
        PartnerBuilder partner = authorizedPartner().holding("certified")
                .checklist("license-renewal-work", "partner-network")
                .certified("ti-technical", "2025-01-01").certified("ti-sales", "2025-01-01")
                .sale("2026-03-01", "1200000")
                .activity("2025-11-15", "joint-promotion").activity("2026-02-15", "joint-promotion")
                .activity("2026-08-15", "joint-promotion").activity("2026-10-15", "joint-promotion");
        RequirementResult quarterly = Results.quarterly(evaluate(partner), "privileged");
        assertThat(quarterly.met()).isFalse();
        assertThat(quarterly.current()).isEqualByComparingTo("3");
        assertThat(quarterly.gap().text()).isEqualTo("1 more joint-promotion in 2026-Q2");
        assertThat(quarterly.gap().window()).isEqualTo("2026-Q2");
    }

    @Test
    void quartersBeforeTheJoinDateCountAsWithoutAPromotion() {
        PartnerBuilder partner = PartnerBuilder.joined("2026-03-01", "RUB").holding("certified")
                .checklist("contract-signed", "reviews-provided", "monthly-financial-reports", "info-on-website",
                        "license-renewal-work", "partner-network")
                .certified("ti-technical", "2025-01-01").certified("ti-sales", "2025-01-01")
                .sale("2026-03-01", "1200000")
                .activity("2025-11-15", "joint-promotion").activity("2026-02-15", "joint-promotion")
                .activity("2026-03-15", "joint-promotion").activity("2026-05-15", "joint-promotion")
                .activity("2026-08-15", "joint-promotion");
        RequirementResult quarterly = Results.quarterly(evaluate(partner), "privileged");
        assertThat(quarterly.current()).isEqualByComparingTo("3");
        assertThat(quarterly.gap().text()).isEqualTo("1 more joint-promotion in 2025-Q4");
    }

    @Test
    void severalQuartersWithoutAPromotionAreAllNamed() {
        RequirementResult quarterly = Results.quarterly(evaluate(authorizedPartner()
                .activity("2026-05-15", "joint-promotion").activity("2026-08-15", "joint-promotion")), "privileged");
        assertThat(quarterly.gap().text()).isEqualTo("2 more joint-promotion, one in each of 2025-Q4, 2026-Q1");
    }

    @Test
    void aLapsedSalesCertificationPutsPrivilegedAtRisk() {
        Standing standing = evaluator.evaluate(SMART_SOFT, privilegedCandidate().holding("privileged")
                .staff("Seller", java.util.List.of(), PartnerBuilder.cert("ti-sales", "2025-01-01", "2026-11-23"))
                .build(), AS_OF);
        assertThat(standing.atRisk()).isFalse();
        Standing lapsed = evaluator.evaluate(SMART_SOFT, authorizedPartner().holding("privileged")
                .checklist("license-renewal-work", "partner-network").certified("ti-technical", "2025-01-01")
                .staff("Seller", java.util.List.of(), PartnerBuilder.cert("ti-sales", "2025-01-01", "2026-11-23"))
                .sale("2026-03-01", "1200000")
                .activity("2025-11-15", "joint-promotion").activity("2026-02-15", "joint-promotion")
                .activity("2026-05-15", "joint-promotion").activity("2026-08-15", "joint-promotion")
                .build(), AS_OF);
        assertThat(lapsed.atRisk()).isTrue();
        assertThat(Results.certified(lapsed, "privileged", "ti-sales").gap().text())
                .isEqualTo("1 more certified ti-sales");
    }
}
