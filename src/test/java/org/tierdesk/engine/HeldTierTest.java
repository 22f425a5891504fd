package org.tierdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.fixture.PartnerBuilder;
import org.tierdesk.engine.fixture.Shipped;
import org.tierdesk.program.Program;

class HeldTierTest {
    private final Program bitrix = Shipped.bitrix();

    @Test
    void theLastHistoryEntryOnOrBeforeTheDateWins() {
        PartnerFacts facts = PartnerBuilder.joined("2025-03-01", "USD").holding("business")
                .tier("business", "2025-03-01").tier("certified", "2026-02-01").tier("gold", "2026-09-01").build();
        assertThat(HeldTier.on(bitrix, facts, LocalDate.parse("2026-08-31")))
                .isEqualTo(new HeldTier("certified", LocalDate.parse("2026-02-01")));
        assertThat(HeldTier.on(bitrix, facts, LocalDate.parse("2026-09-01")))
                .isEqualTo(new HeldTier("gold", LocalDate.parse("2026-09-01")));
    }

    @Test
    void historyOutOfOrderIsReadByDate() {
        PartnerFacts facts = PartnerBuilder.joined("2025-03-01", "USD")
                .tier("gold", "2026-09-01").tier("business", "2025-03-01").build();
        assertThat(HeldTier.on(bitrix, facts, LocalDate.parse("2026-01-01")).tier()).isEqualTo("business");
    }

    @Test
    void withoutHistoryTheProfileTierIsHeldSinceJoining() {
        PartnerFacts facts = PartnerBuilder.joined("2025-03-01", "USD").holding("certified").build();
        assertThat(HeldTier.on(bitrix, facts, LocalDate.parse("2026-01-01")))
                .isEqualTo(new HeldTier("certified", LocalDate.parse("2025-03-01")));
    }

    @Test
    void beforeTheFirstEntryTheProfileTierIsHeld() {
        PartnerFacts facts = PartnerBuilder.joined("2025-03-01", "USD").holding("certified")
                .tier("gold", "2026-09-01").build();
        assertThat(HeldTier.on(bitrix, facts, LocalDate.parse("2026-01-01")))
                .isEqualTo(new HeldTier("certified", LocalDate.parse("2025-03-01")));
    }

    @Test
    void withNothingRecordedTheProgramsFirstTierIsHeld() {
        PartnerFacts facts = PartnerBuilder.joined("2025-03-01", "USD").build();
        assertThat(HeldTier.on(bitrix, facts, LocalDate.parse("2026-01-01")))
                .isEqualTo(new HeldTier("business", LocalDate.parse("2025-03-01")));
    }

    @Test
    void movesDownAreThoseToALowerTierOfTheSameTrack() {
        PartnerFacts facts = PartnerBuilder.joined("2025-03-01", "USD").tier("business", "2025-03-01")
                .tier("gold", "2025-10-01").tier("certified", "2026-02-01").tier("gold", "2026-05-01").build();
        assertThat(TierTimeline.of(bitrix, facts).movesDown())
                .extracting(c -> c.tier() + "@" + c.since())
                .containsExactly("certified@2026-02-01");
    }
}
