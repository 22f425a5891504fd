package org.tierdesk.store.meeting;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tierdesk.engine.facts.Certification;
import org.tierdesk.engine.facts.Money;
import org.tierdesk.engine.facts.Sale;
import org.tierdesk.store.Meeting;
import org.tierdesk.store.standing.PartnerStanding;
import org.tierdesk.store.standing.PortfolioStandings;
import org.tierdesk.store.standing.StandingDesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierdesk.store.standing.StandingDesk.TODAY;

class SinceLastMeetingTest {
    @TempDir
    Path dir;

    @Test
    void comparesTodayWithTheStandingOnTheLastMeetingsDate() {
        try (StandingDesk desk = StandingDesk.open(dir)) {
            long id = desk.bitrixPartnerOneCertificationShort("Sigma", 300);  // sale on 2026-05-10
            desk.workspace.meetings().add(id, new Meeting(0, LocalDate.of(2026, 6, 1), "kick-off"));
            desk.workspace.meetings().add(id, new Meeting(0, LocalDate.of(2026, 9, 1), "review"));
            desk.workspace.sales().addAll(id, List.of(new Sale(0, LocalDate.of(2026, 10, 5),
                    new Money(java.math.BigDecimal.valueOf(1000), "USD"), "license", 1, "Intranet", null)));
            long staffId = desk.workspace.staff().of(id).get(0).id();
            desk.workspace.staff().addCertification(staffId,
                    new Certification("bitrix-sales", LocalDate.of(2026, 10, 1), null));
            PartnerStanding now = new PortfolioStandings(desk.workspace).of(id, TODAY);

            StandingChange change = new SinceLastMeeting(desk.workspace)
                    .of(id, StandingDesk.program("bitrix"), now.standing(), TODAY).orElseThrow();

            assertThat(change.since()).isEqualTo(LocalDate.of(2026, 9, 1));
            assertThat(change.pointsDelta()).isEqualByComparingTo("200");  // 1000 USD: 100 + 10 × 10
            assertThat(change.qualifiedGained()).containsExactly("certified");
            assertThat(change.qualifiedLost()).isEmpty();
            assertThat(change.heldTierChanged()).isFalse();
            assertThat(change.gapsClosed()).extracting(r -> r.tier() + "/" + r.gap())
                    .isNotEmpty();
            assertThat(change.gapsClosed()).allMatch(r -> r.met() && r.tier().equals("certified"));
            assertThat(change.gapsClosed()).extracting(r -> r.requirement().getClass().getSimpleName())
                    .containsExactlyInAnyOrder("Points", "CertifiedStaff");
            assertThat(change.gapsOpened()).isEmpty();
        }
    }

    @Test
    void thereIsNothingToCompareWithoutAnEarlierMeeting() {
        try (StandingDesk desk = StandingDesk.open(dir)) {
            long id = desk.bitrixPartnerOneCertificationShort("Sigma", 300);
            desk.workspace.meetings().add(id, new Meeting(0, TODAY, "today's meeting"));
            PartnerStanding now = new PortfolioStandings(desk.workspace).of(id, TODAY);

            assertThat(new SinceLastMeeting(desk.workspace).of(id, StandingDesk.program("bitrix"), now.standing(),
                    TODAY)).isEmpty();
        }
    }
}
