package org.tierdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tierdesk.engine.fixture.PartnerBuilder;
import org.tierdesk.engine.fixture.Results;
import org.tierdesk.engine.fixture.Shipped;
import org.tierdesk.engine.standing.RequirementResult;
import org.tierdesk.engine.standing.Standing;
import org.tierdesk.program.Program;

class LeoBackupStandingTest {
    private static final Program LEO = Shipped.leoBackup();
    private static final LocalDate AS_OF = LocalDate.parse("2026-11-23");
    private final StandingEvaluator evaluator = new StandingEvaluator();

    private static PartnerBuilder silverPartner() {
        return PartnerBuilder.joined("2025-02-01", "USD").holding("silver")
                .checklist("dedicated-specialist", "logo-on-website", "customer-notifications", "marketing-plan");
    }

    private Standing evaluate(PartnerBuilder partner) {
        return evaluator.evaluate(LEO, partner.build(), AS_OF);
    }

    @Test
    void goldNeedsThirtyLicensesInTheLastCompleteMonth() {
        Standing standing = evaluate(silverPartner()
                .licenses("2026-09-30", 40)        // the month before: not counted
                .licenses("2026-10-01", 5).licenses("2026-10-31", 7)
                .licenses("2026-11-01", 40));      // this month: not yet counted
        RequirementResult licenses = Results.licenses(standing, "gold");
        assertThat(licenses.current()).isEqualByComparingTo("12");
        assertThat(licenses.required()).isEqualByComparingTo("30");
        assertThat(licenses.gap().text()).isEqualTo("18 more licenses in the last complete month");
        assertThat(standing.qualifiedTiers()).containsExactly("silver");
        assertThat(standing.rewards().get("license")).isEqualByComparingTo("30");
    }

    @Test
    void reachingTheVolumeMakesTheUpgradeDueAtOnce() {
        Standing standing = evaluate(silverPartner().licenses("2026-10-15", 30));
        assertThat(standing.qualifiedTiers()).containsExactly("silver", "gold");
        assertThat(standing.upgradeDue()).isTrue();
        assertThat(standing.nextTier()).isEqualTo("gold");
        assertThat(standing.heldTier()).isEqualTo("silver");
    }

    @Test
    void platinumNeedsFiftyLicensesAndAResellerNetwork() {
        Standing standing = evaluate(silverPartner().holding("gold").licenses("2026-10-15", 50));
        assertThat(standing.qualifiedTiers()).containsExactly("silver", "gold");
        assertThat(Results.checklist(standing, "platinum", "reseller-network").gap().text())
                .isEqualTo("checklist: reseller-network not done");
        Standing withNetwork = evaluate(silverPartner().holding("gold").checklist("reseller-network")
                .licenses("2026-10-15", 50));
        assertThat(withNetwork.qualifiedTiers()).containsExactly("silver", "gold", "platinum");
    }

    @Test
    void aReturnedLicenseSaleLeavesTheMonthItWasReturnedIn() {
        Standing standing = evaluate(silverPartner().holding("gold")
                .sale("2026-10-10", "3000", "USD", null, 30, "2026-10-20"));
        assertThat(Results.licenses(standing, "gold").current()).isEqualByComparingTo("0");
        assertThat(standing.atRisk()).isTrue();
        Standing returnedLater = evaluate(silverPartner().holding("gold")
                .sale("2026-10-10", "3000", "USD", null, 30, "2026-11-02"));
        assertThat(returnedLater.atRisk()).isFalse();
    }

    @Test
    void aGoldPartnerBelowTheVolumeIsAtRisk() {
        Standing standing = evaluate(silverPartner().holding("gold").licenses("2026-10-15", 29));
        assertThat(standing.atRisk()).isTrue();
        assertThat(standing.rewards().get("license")).isEqualByComparingTo("40");
        assertThat(Results.licenses(standing, "gold").gap().text())
                .isEqualTo("1 more license in the last complete month");
    }
}
