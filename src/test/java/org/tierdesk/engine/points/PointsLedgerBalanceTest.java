package org.tierdesk.engine.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.fixture.PartnerBuilder;
import org.tierdesk.engine.fixture.Shipped;
import org.tierdesk.engine.standing.LedgerEntry;
import org.tierdesk.program.Program;

/**
 * The ledger's balance has the closed form the store's SQL reproduces: the floor of the last reset on or before
 * asOf (0 without one) plus every other line dated on or after that reset's date.
 */
class PointsLedgerBalanceTest {
    private static final Program BITRIX = Shipped.bitrix();
    private static final LocalDate JOINED = LocalDate.parse("2025-01-01");
    private static final String[] TIERS = {"business", "certified", "gold"};
    private static final String[] TYPES = {"case-study", "custom-module", "seminar", "project-publishing"};

    @Property(tries = 200)
    void balanceIsTheLastResetFloorPlusEverythingFromItsDate(@ForAll("partners") PartnerFacts facts,
                                                            @ForAll("days") int asOfDay) {
        LocalDate asOf = JOINED.plusDays(asOfDay);
        PointsLedger ledger = PointsLedger.build(BITRIX, facts, asOf);
        List<LedgerEntry> entries = ledger.entries();
        LedgerEntry lastReset = null;
        for (LedgerEntry entry : entries) {
            if (entry.source().equals(PointsLedger.RESET)) {
                lastReset = entry;
            }
        }
        long expected = 0;
        LocalDate from = JOINED;
        if (lastReset != null) {
            expected = lastReset.balance();
            from = lastReset.date();
            assertThat(expected).isIn(0L, 500L, 2000L);
        }
        for (LedgerEntry entry : entries) {
            if (!entry.source().equals(PointsLedger.RESET) && !entry.date().isBefore(from)) {
                expected += entry.points();
            }
        }
        assertThat(ledger.balance()).isEqualTo(expected);
        assertThat(entries).allSatisfy(e -> assertThat(e.date()).isBeforeOrEqualTo(asOf));
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).date()).isAfterOrEqualTo(entries.get(i - 1).date());
            assertThat(entries.get(i).balance()).isEqualTo(entries.get(i - 1).balance() + entries.get(i).points());
        }
    }

    @Provide
    Arbitrary<Integer> days() {
        return Arbitraries.integers().between(0, 800);
    }

    @Provide
    Arbitrary<PartnerFacts> partners() {
        Arbitrary<int[]> sale = Combinators.combine(Arbitraries.integers().between(0, 800),
                Arbitraries.integers().between(1, 5000), Arbitraries.integers().between(-1, 60))
                .as((day, amount, returnAfter) -> new int[] {day, amount, returnAfter});
        Arbitrary<int[]> activity = Combinators.combine(Arbitraries.integers().between(0, 800),
                Arbitraries.integers().between(0, TYPES.length - 1), Arbitraries.integers().between(0, 1))
                .as((day, type, approved) -> new int[] {day, type, approved});
        Arbitrary<int[]> change = Combinators.combine(Arbitraries.integers().between(0, 800),
                Arbitraries.integers().between(0, 2)).as((day, tier) -> new int[] {day, tier});
        return Combinators.combine(sale.list().ofMaxSize(30), activity.list().ofMaxSize(10),
                change.list().ofMaxSize(5)).as((sales, activities, changes) -> {
                    PartnerBuilder partner = PartnerBuilder.joined(JOINED.toString(), "USD");
                    for (int[] s : sales) {
                        LocalDate date = JOINED.plusDays(s[0]);
                        partner.sale(date.toString(), String.valueOf(s[1]), "USD", null, 1,
                                s[2] < 0 ? null : date.plusDays(s[2]).toString());
                    }
                    for (int[] a : activities) {
                        partner.activity(JOINED.plusDays(a[0]).toString(), TYPES[a[1]], a[2] == 1);
                    }
                    for (int[] c : changes) {
                        partner.tier(TIERS[c[1]], JOINED.plusDays(c[0]).toString());
                    }
                    return partner.build();
                });
    }
}
