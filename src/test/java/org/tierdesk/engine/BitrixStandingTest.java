package org.tierdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tierdesk.engine.fixture.PartnerBuilder;
import org.tierdesk.engine.fixture.Results;
import org.tierdesk.engine.fixture.Shipped;
import org.tierdesk.engine.points.PointsLedger;
import org.tierdesk.engine.standing.Standing;
import org.tierdesk.program.Program;

class BitrixStandingTest {
    private static final Program BITRIX = Shipped.bitrix();
    private static final LocalDate AS_OF = LocalDate.parse("2026-11-23");
    private final StandingEvaluator evaluator = new StandingEvaluator();

    private static PartnerBuilder businessPartner() {
        return PartnerBuilder.joined("2025-03-01", "USD").holding("business").checklist("partner-agreement", "nda");
    }

    private Standing evaluate(PartnerBuilder partner) {
        return evaluator.evaluate(BITRIX, partner.build(), AS_OF);
    }

    @Test
    void the330UsdSaleOfTheSeedEarns63PointsWhileHoldingBusiness() {
        Standing standing = evaluate(businessPartner().sale("2026-05-10", "330"));
        assertThat(standing.points()).isEqualByComparingTo("63");
        assertThat(standing.ledger()).extracting(e -> e.source()).containsExactly(PointsLedger.SALE,
                PointsLedger.HOLDING_BONUS);
        assertThat(standing.qualifiedTiers()).containsExactly("business");
        assertThat(standing.rewards().get("license")).isEqualByComparingTo("40");
    }

    @Test
    void aRoubleSaleEarnsOnItsDollarValue() {
        Standing standing = evaluate(businessPartner().rate("2026-01-01", "USD", "RUB", "95.5")
                .sale("2026-05-10", "31515", "RUB"));
        assertThat(standing.points()).isEqualByComparingTo("63");
    }

    @Test
    void unapprovedSeminarsEarnNothing() {
        Standing standing = evaluate(businessPartner().activity("2026-04-01", "seminar", false)
                .activity("2026-04-02", "project-publishing", false));
        assertThat(standing.points()).isEqualByComparingTo("50");
        assertThat(Results.points(standing, "certified").gap().text()).isEqualTo("450 more points");
    }

    @Test
    void certifiedQualifiesWithFiveHundredPointsItsChecklistAndTwoCertifiedPeople() {
        PartnerBuilder partner = businessPartner()
                .checklist("first-line-support", "logo-on-website", "product-descriptions")
                .certified("bitrix-engineer", "2026-01-01").certified("bitrix-sales", "2026-01-01")
                .activity("2026-04-01", "custom-module", true);
        Standing standing = evaluate(partner);
        assertThat(standing.qualifiedTiers()).containsExactly("business", "certified");
        assertThat(standing.upgradeDue()).isTrue();
        assertThat(standing.nextTier()).isEqualTo("certified");
    }

    @Test
    void aDowngradeFromGoldSetsThePointsToFiveHundred() {
        Standing standing = evaluate(PartnerBuilder.joined("2025-03-01", "USD").tier("gold", "2025-03-01")
                .tier("certified", "2026-09-01").activity("2025-05-01", "localization", true)
                .activity("2025-06-01", "localization", true));
        assertThat(standing.heldTier()).isEqualTo("certified");
        assertThat(standing.points()).isEqualByComparingTo("500");
        assertThat(standing.ledger().get(standing.ledger().size() - 1).source()).isEqualTo(PointsLedger.RESET);
    }

    @Test
    void afterADowngradeToBusinessSalesEarnTheEarlyAdopterBonusAgain() {
        Standing standing = evaluate(PartnerBuilder.joined("2025-03-01", "USD").tier("certified", "2025-03-01")
                .tier("business", "2026-09-01").activity("2025-05-01", "localization", true)
                .sale("2026-08-31", "330").sale("2026-09-02", "330"));
        assertThat(standing.points()).isEqualByComparingTo("63");
    }
}
