package org.tierdesk.ui.standing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tierdesk.engine.facts.Certification;
import org.tierdesk.store.standing.StandingDesk;
import org.tierdesk.ui.Language;
import org.tierdesk.ui.Messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierdesk.store.standing.StandingDesk.TODAY;

class StandingViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aPartnerOneCertificationShortShowsThatGapUntilTheCertificationIsAdded() {
        try (StandingDesk desk = StandingDesk.open(dir)) {
            long id = desk.bitrixPartnerOneCertificationShort("Vektor", 600);
            StandingViewModel model = new StandingViewModel(desk.workspace, new Messages(Language.ENGLISH),
                    desk.workspace.clock(), () -> "ann");
            model.load(id);

            RequirementRow sales = certifiedSalesRow(model);
            assertThat(sales.met()).isFalse();
            assertThat(sales.gap()).isEqualTo("1 more certified Bitrix sales specialist");
            assertThat(sales.progress()).isZero();
            assertThat(model.standingProperty().get().progress()).isLessThan(1.0);
            assertThat(model.upgradeChoices()).isEmpty();

            long staffId = desk.workspace.staff().of(id).get(0).id();
            desk.workspace.staff().addCertification(staffId,
                    new Certification("bitrix-sales", TODAY.minusDays(3), null));
            model.reload();

            assertThat(certifiedSalesRow(model).met()).isTrue();
            assertThat(model.standingProperty().get().upgradeDue()).isTrue();
            assertThat(model.upgradeChoices()).containsExactly("certified");

            model.grantUpgrade("certified", TODAY, "vendor confirmed");

            assertThat(desk.workspace.tierHistory().of(id)).last().satisfies(h -> {
                assertThat(h.change().tier()).isEqualTo("certified");
                assertThat(h.change().since()).isEqualTo(TODAY);
                assertThat(h.change().reason()).isEqualTo("vendor confirmed");
                assertThat(h.change().changedBy()).isEqualTo("ann");
            });
            assertThat(model.standingProperty().get().heldTier()).isEqualTo("certified");
            assertThat(model.standingProperty().get().upgradeDue()).isFalse();
        }
    }

    @Test
    void aMeetingRecordedEarlierIsComparedWithToday() {
        try (StandingDesk desk = StandingDesk.open(dir)) {
            long id = desk.bitrixPartnerOneCertificationShort("Vektor", 600);
            StandingViewModel model = new StandingViewModel(desk.workspace, new Messages(Language.ENGLISH),
                    desk.workspace.clock(), () -> "ann");
            model.load(id);
            model.recordMeeting(LocalDate.of(2026, 3, 1), "first visit");

            assertThat(model.lastMeetingProperty().get().date()).isEqualTo(LocalDate.of(2026, 3, 1));
            // the 3,000 USD sale of May earned 600 points since
            assertThat(model.sinceMeeting()).contains("Points: +600");
        }
    }

    private static RequirementRow certifiedSalesRow(StandingViewModel model) {
        return model.targetRequirements().stream()
                .filter(r -> r.tier().equals("certified") && r.id().equals("certified-bitrix-sales"))
                .findFirst().orElseThrow();
    }
}
