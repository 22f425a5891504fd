package org.tierdesk.store.standing;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tierdesk.engine.facts.TierChange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierdesk.store.standing.StandingDesk.TODAY;

class PendingDowngradesTest {
    @TempDir
    Path dir;

    /** Certified partner without a bitrix-sales certification: no longer meets its held tier. */
    private static long certifiedPartnerMissingItsSalesCertification(StandingDesk desk) {
        long id = desk.bitrixPartnerOneCertificationShort("Orion", 700);
        desk.workspace.tierHistory().record(id, new TierChange("certified", TODAY.minusDays(100), "granted", "ann"));
        return id;
    }

    @Test
    void aPartnerThatStopsMeetingItsHeldTierEntersTheListWithTheProgramsGracePeriod() {
        try (StandingDesk desk = StandingDesk.open(dir)) {
            long id = certifiedPartnerMissingItsSalesCertification(desk);
            PortfolioStandings standings = new PortfolioStandings(desk.workspace);
            PendingDowngrades list = new PendingDowngrades(desk.workspace);

            List<PendingDowngrade> pending = list.sync(standings.asOf(TODAY), TODAY);

            assertThat(pending).singleElement().satisfies(p -> {
                assertThat(p.partnerId()).isEqualTo(id);
                assertThat(p.heldTier()).isEqualTo("certified");
                assertThat(p.startedOn()).isEqualTo(TODAY);
                assertThat(p.graceDays()).isZero();
                assertThat(p.status()).isEqualTo(DowngradeStatus.PENDING);
            });
            assertThat(list.sync(standings.asOf(TODAY.plusDays(1)), TODAY.plusDays(1)))
                    .as("raised once, not every refresh").singleElement()
                    .extracting(PendingDowngrade::startedOn).isEqualTo(TODAY);
        }
    }

    @Test
    void confirmingWritesTheDowngradeToTheTierHistoryAndResetsBitrixPoints() {
        try (StandingDesk desk = StandingDesk.open(dir)) {
            long id = certifiedPartnerMissingItsSalesCertification(desk);
            PortfolioStandings standings = new PortfolioStandings(desk.workspace);
            PendingDowngrades list = new PendingDowngrades(desk.workspace);
            PendingDowngrade entry = list.sync(standings.asOf(TODAY), TODAY).get(0);
            String target = DowngradeTarget.of(StandingDesk.program("bitrix"), standings.of(id, TODAY).standing());

            list.confirm(entry.id(), target, TODAY, "no sales certification", "ann");

            assertThat(target).isEqualTo("business");
            assertThat(desk.workspace.tierHistory().of(id)).last().satisfies(h -> {
                assertThat(h.change().tier()).isEqualTo("business");
                assertThat(h.change().reason()).isEqualTo("no sales certification");
                assertThat(h.change().changedBy()).isEqualTo("ann");
            });
            PartnerStanding after = standings.of(id, TODAY);
            assertThat(after.heldTier()).isEqualTo("business");
            assertThat(after.standing().points()).as("certified→business resets to 0").isZero();
            assertThat(list.pending()).isEmpty();
            assertThat(list.of(id)).first().extracting(PendingDowngrade::status)
                    .isEqualTo(DowngradeStatus.CONFIRMED);
        }
    }

    @Test
    void confirmingAMoveDownFromTheTierHeldSinceJoiningRecordsThatTierFirstSoThePointsReset() {
        try (StandingDesk desk = StandingDesk.open(dir)) {
            long id = StandingDesk.bitrixPartnerOneCertificationShort(desk.workspace, "Orbita", 600, "certified");
            PortfolioStandings standings = new PortfolioStandings(desk.workspace);
            PendingDowngrades list = new PendingDowngrades(desk.workspace);
            assertThat(standings.of(id, TODAY).standing().points()).isPositive();
            PendingDowngrade entry = list.sync(standings.asOf(TODAY), TODAY).get(0);

            list.confirm(entry.id(), "business", TODAY, "no sales certification", "ann");

            assertThat(desk.workspace.tierHistory().of(id)).extracting(h -> h.change().tier() + "@"
                    + h.change().since()).containsExactly("certified@2025-03-01", "business@" + TODAY);
            assertThat(standings.of(id, TODAY).standing().points()).as("certified→business resets to 0").isZero();
        }
    }

    @Test
    void aWaivedDowngradeIsNotRaisedAgainUntilThePartnerRecovers() {
        try (StandingDesk desk = StandingDesk.open(dir)) {
            long id = certifiedPartnerMissingItsSalesCertification(desk);
            PortfolioStandings standings = new PortfolioStandings(desk.workspace);
            PendingDowngrades list = new PendingDowngrades(desk.workspace);
            PendingDowngrade entry = list.sync(standings.asOf(TODAY), TODAY).get(0);

            list.waive(entry.id(), TODAY, "certification exam booked", "ann");

            assertThat(list.sync(standings.asOf(TODAY), TODAY)).isEmpty();
            assertThat(desk.workspace.tierHistory().of(id)).last()
                    .extracting(h -> h.change().tier()).isEqualTo("certified");
            assertThat(list.of(id)).first().satisfies(p -> {
                assertThat(p.status()).isEqualTo(DowngradeStatus.WAIVED);
                assertThat(p.reason()).isEqualTo("certification exam booked");
            });
        }
    }

    @Test
    void aPartnerMeetingItsTierAgainLeavesTheList() {
        try (StandingDesk desk = StandingDesk.open(dir)) {
            long id = certifiedPartnerMissingItsSalesCertification(desk);
            PortfolioStandings standings = new PortfolioStandings(desk.workspace);
            PendingDowngrades list = new PendingDowngrades(desk.workspace);
            list.sync(standings.asOf(TODAY), TODAY);
            long staffId = desk.workspace.staff().of(id).get(0).id();
            desk.workspace.staff().addCertification(staffId,
                    new org.tierdesk.engine.facts.Certification("bitrix-sales", TODAY.minusDays(1), null));

            assertThat(list.sync(standings.asOf(TODAY), TODAY)).isEmpty();
            assertThat(list.of(id)).first().extracting(PendingDowngrade::status)
                    .isEqualTo(DowngradeStatus.RECOVERED);
        }
    }

    @Test
    void programsWithoutADowngradeRuleGiveThirtyDays() {
        assertThat(DowngradeTarget.graceDays(StandingDesk.program("smart-soft")))
                .isEqualTo(DowngradeTarget.DEFAULT_GRACE_DAYS).isEqualTo(30);
        assertThat(DowngradeTarget.graceDays(StandingDesk.program("leo-backup"))).isZero();
    }
}
