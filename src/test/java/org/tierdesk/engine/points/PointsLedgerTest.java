package org.tierdesk.engine.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.fixture.PartnerBuilder;
import org.tierdesk.engine.fixture.Shipped;
import org.tierdesk.engine.standing.LedgerEntry;
import org.tierdesk.program.Program;

class PointsLedgerTest {
    private final Program bitrix = Shipped.bitrix();

    private PointsLedger ledger(PartnerFacts facts, String asOf) {
        return PointsLedger.build(bitrix, facts, LocalDate.parse(asOf));
    }

    @Test
    void a330UsdSaleWhileHoldingBusinessEarns63() {
        PartnerFacts facts = PartnerBuilder.joined("2025-03-01", "USD").holding("business")
                .sale("2026-05-10", "330").build();
        PointsLedger ledger = ledger(facts, "2026-11-23");
        assertThat(ledger.balance()).isEqualTo(63);
        assertThat(ledger.entries()).extracting(LedgerEntry::source, LedgerEntry::points, LedgerEntry::balance)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PointsLedger.SALE, 33L, 33L),
                        org.assertj.core.groups.Tuple.tuple(PointsLedger.HOLDING_BONUS, 30L, 63L));
    }

    @Test
    void theHoldingBonusIsOnlyForSalesMadeWhileHoldingBusiness() {
        PartnerFacts facts = PartnerBuilder.joined("2025-03-01", "USD").tier("business", "2025-03-01")
                .tier("certified", "2026-03-01").tier("business", "2026-09-01")
                .sale("2026-02-28", "330").sale("2026-03-01", "330").sale("2026-09-01", "330").build();
        PointsLedger ledger = ledger(facts, "2026-11-23");
        assertThat(ledger.entries()).filteredOn(e -> e.source().equals(PointsLedger.HOLDING_BONUS))
                .extracting(LedgerEntry::date)
                .containsExactly(LocalDate.parse("2026-02-28"), LocalDate.parse("2026-09-01"));
    }

    @Test
    void saleInAnotherCurrencyEarnsOnItsConvertedAmountRoundedDown() {
        PartnerFacts facts = PartnerBuilder.joined("2025-03-01", "USD").holding("certified")
                .rate("2026-01-01", "USD", "RUB", "95.5")
                .sale("2026-05-10", "9549", "RUB").build();
        // 9549 / 95.5 = 99.989... USD: 9 points
        assertThat(ledger(facts, "2026-11-23").balance()).isEqualTo(9);
    }

    @Test
    void activitiesNeedingApprovalEarnOnlyWhenApproved() {
        PartnerFacts facts = PartnerBuilder.joined("2025-03-01", "USD").holding("certified")
                .activity("2026-04-01", "seminar", false)
                .activity("2026-04-02", "seminar", true)
                .activity("2026-04-03", "case-study", false)
                .activity("2026-04-04", "unknown-type", true).build();
        PointsLedger ledger = ledger(facts, "2026-11-23");
        assertThat(ledger.balance()).isEqualTo(1000 + 250);
        assertThat(ledger.entries()).extracting(LedgerEntry::description).containsExactly("seminar", "case-study");
    }

    @Test
    void aReturnTakesBackTheSalesPointsBonusIncludedOnTheReturnDate() {
        PartnerFacts facts = PartnerBuilder.joined("2025-03-01", "USD").holding("business")
                .sale("2026-05-10", "330", "USD", null, 1, "2026-06-02").build();
        assertThat(ledger(facts, "2026-06-01").balance()).isEqualTo(63);
        PointsLedger after = ledger(facts, "2026-06-02");
        assertThat(after.balance()).isZero();
        LedgerEntry taken = after.entries().get(after.entries().size() - 1);
        assertThat(taken.source()).isEqualTo(PointsLedger.RETURN);
        assertThat(taken.date()).isEqualTo(LocalDate.parse("2026-06-02"));
        assertThat(taken.points()).isEqualTo(-63);
    }

    @Test
    void aMoveDownFromGoldResetsTheBalanceToFiveHundred() {
        PartnerFacts facts = PartnerBuilder.joined("2025-03-01", "USD").tier("business", "2025-03-01")
                .tier("gold", "2025-12-01").tier("certified", "2026-06-01")
                .activity("2025-11-01", "localization", true)
                .activity("2025-11-02", "seminar", true)
                .sale("2026-06-01", "100")
                .sale("2026-07-01", "250").build();
        PointsLedger ledger = ledger(facts, "2026-11-23");
        assertThat(ledger.entries()).extracting(LedgerEntry::source).containsExactly(
                PointsLedger.ACTIVITY, PointsLedger.ACTIVITY, PointsLedger.RESET, PointsLedger.SALE,
                PointsLedger.SALE);
        LedgerEntry reset = ledger.entries().get(2);
        assertThat(reset.points()).isEqualTo(500 - 3000);
        assertThat(reset.balance()).isEqualTo(500);
        assertThat(ledger.balance()).isEqualTo(500 + 10 + 25);
    }

    @Test
    void noResetBeforeTheMoveDownDate() {
        PartnerFacts facts = PartnerBuilder.joined("2025-03-01", "USD").tier("gold", "2025-03-01")
                .tier("certified", "2026-06-01").activity("2025-11-01", "localization", true).build();
        assertThat(ledger(facts, "2026-05-31").balance()).isEqualTo(2000);
        assertThat(ledger(facts, "2026-06-01").balance()).isEqualTo(500);
    }

    @Test
    void aMoveUpDoesNotReset() {
        PartnerFacts facts = PartnerBuilder.joined("2025-03-01", "USD").tier("business", "2025-03-01")
                .tier("certified", "2026-06-01").activity("2025-11-01", "localization", true).build();
        assertThat(ledger(facts, "2026-11-23").balance()).isEqualTo(2000);
    }

    @Test
    void factsBeforeJoiningOrAfterAsOfEarnNothing() {
        PartnerFacts facts = PartnerBuilder.joined("2025-03-01", "USD").holding("certified")
                .sale("2025-02-28", "1000").sale("2026-11-24", "1000").sale("2026-11-23", "1000").build();
        assertThat(ledger(facts, "2026-11-23").balance()).isEqualTo(100);
    }
}
