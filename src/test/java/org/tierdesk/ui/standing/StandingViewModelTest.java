package org.tierdesk.ui.standing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tierdesk.engine.StandingEvaluator;
import org.tierdesk.engine.facts.Certification;
import org.tierdesk.engine.standing.RequirementResult;
import org.tierdesk.engine.standing.Standing;
import org.tierdesk.program.Program;
import org.tierdesk.scenario.Scenario;
import org.tierdesk.scenario.ScenarioReader;
import org.tierdesk.scenario.ScenarioWriter;
import org.tierdesk.store.generate.SyntheticPortfolio;
import org.tierdesk.store.standing.StandingDesk;
import org.tierdesk.ui.Language;
import org.tierdesk.ui.Messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierdesk.store.standing.StandingDesk.TODAY;

class StandingViewModelTest {
    @TempDir
    Path dir;

    @Test
    void theStandingTabShowsWhatEvaluateSaysOfThePartnerExportedAsAScenarioInEveryProgram() throws Exception {
        try (StandingDesk desk = StandingDesk.open(dir)) {
            List<Program> programs = StandingDesk.LIBRARY.shipped();
            List<Long> ids = new SyntheticPortfolio(programs, TODAY, 7).store(desk.workspace, programs.size(), 600);
            StandingViewModel model = new StandingViewModel(desk.workspace, new Messages(Language.ENGLISH),
                    desk.workspace.clock(), () -> "ann");
            List<String> seen = new ArrayList<>();
            for (long id : ids) {
                model.load(id);
                Program program = model.program();
                seen.add(program.id());
                Scenario exported = new Scenario(program.id(), program, TODAY, desk.workspace.facts().of(id));
                String yaml = new ScenarioWriter().write(exported);
                Scenario read = new ScenarioReader(Clock.fixed(desk.workspace.clock().instant(),
                        desk.workspace.clock().getZone())).read("partner.yaml",
                        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), StandingDesk.LIBRARY);
                Standing evaluated = new StandingEvaluator().evaluate(read.program(), read.facts(), read.asOf());

                Standing shown = model.standingProperty().get().standing();
                assertThat(shown.heldTier()).isEqualTo(evaluated.heldTier());
                assertThat(model.ladder().stream().filter(TierStep::held).map(TierStep::id).toList())
                        .containsExactly(evaluated.heldTier());
                assertThat(model.ladder().stream().filter(TierStep::qualified).map(TierStep::id).toList())
                        .isEqualTo(evaluated.qualifiedTiers());
                assertThat(shown.points()).isEqualByComparingTo(evaluated.points());
                assertThat(shown.rewards().keySet()).isEqualTo(evaluated.rewards().keySet());
                shown.rewards().forEach((k, v) -> assertThat(v).isEqualByComparingTo(evaluated.rewards().get(k)));
                List<RequirementRow> rows = new ArrayList<>(model.targetRequirements());
                rows.addAll(model.heldRequirements());
                assertThat(rows).isNotEmpty();
                for (RequirementRow row : rows) {
                    RequirementResult expected = evaluated.requirementsOf(row.tier()).stream()
                            .filter(r -> r.id().equals(row.id())).findFirst().orElseThrow();
                    String where = program.id() + " " + row.tier() + "/" + row.id();
                    assertThat(row.met()).as(where).isEqualTo(expected.met());
                    assertThat(row.current()).as(where).isEqualByComparingTo(expected.current());
                    assertThat(row.required()).as(where).isEqualByComparingTo(expected.required());
                }
                if (model.hasPoints()) {
                    assertThat(model.ledger()).isNotEmpty();
                    assertThat(model.ledger().get(0).balance())
                            .as("the ledger's last balance is the points shown")
                            .isEqualTo(evaluated.points().longValueExact());
                }
            }
            assertThat(seen).containsExactlyInAnyOrder("leo-backup", "asoft", "intelligent-platforms",
                    "smart-soft", "bitrix");
        }
    }

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
