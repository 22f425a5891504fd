package org.tierdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tierdesk.engine.StandingEvaluator;
import org.tierdesk.engine.standing.Standing;
import org.tierdesk.program.Program;
import org.tierdesk.program.ProgramLibrary;

/** The first-start demo: a small portfolio of every program at different standings, filled once per data folder. */
class DemoPortfolioTest {
    private static final ProgramLibrary LIBRARY = ProgramLibrary.shippedOnly();

    @TempDir
    Path dir;

    @Test
    void everyProgramGetsFourPartnersAtDifferentStandings() {
        for (LocalDate today : List.of(LocalDate.of(2026, 12, 2), LocalDate.of(2027, 7, 15))) {
            try (TestWorkspace test = TestWorkspace.open(dir.resolve(today.toString()), new ShippedPrograms())) {
                List<Long> ids = new DemoPortfolio(test.workspace, LIBRARY).create(today);

                Map<String, Set<String>> heldTiers = new HashMap<>();
                List<Standing> standings = new ArrayList<>();
                for (long id : ids) {
                    Partner partner = test.workspace.partners().find(id).orElseThrow();
                    Program program = LIBRARY.byId(partner.programId()).orElseThrow();
                    Standing standing = new StandingEvaluator().evaluate(program, test.workspace.facts().of(id),
                            today);
                    standings.add(standing);
                    heldTiers.computeIfAbsent(program.id(), k -> new HashSet<>()).add(standing.heldTier());
                    assertThat(partner.territory()).as(partner.name()).isNotBlank();
                }
                assertThat(ids).hasSize(20);
                assertThat(heldTiers).as(today + ": held tiers per program").hasSize(5)
                        .allSatisfy((program, tiers) -> assertThat(tiers).as(program).hasSizeGreaterThanOrEqualTo(2));
                assertThat(standings.stream().filter(Standing::atRisk).count()).as(today + ": at risk")
                        .isBetween(3L, 10L);
                assertThat(standings.stream().filter(Standing::upgradeDue).count()).as(today + ": upgrade due")
                        .isPositive();
                assertThat(standings.stream().filter(s -> !s.atRisk() && !s.upgradeDue()).count())
                        .as(today + ": steady").isGreaterThanOrEqualTo(5);
            }
        }
    }

    @Test
    void theDemoIsFilledOnlyOnTheFirstStartOfADataFolder() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        try (TestWorkspace test = TestWorkspace.open(dir, new ShippedPrograms())) {
            DemoPortfolio demo = new DemoPortfolio(test.workspace, LIBRARY);
            assertThat(demo.fillOnFirstStart(today)).isTrue();
            assertThat(test.workspace.partners().count()).isEqualTo(20);

            test.workspace.partners().portfolio(today).forEach(p -> test.workspace.partners().delete(p.id()));
            assertThat(demo.fillOnFirstStart(today)).as("the manager deleted every partner").isFalse();
            assertThat(test.workspace.partners().count()).isZero();
        }
    }

    @Test
    void aDatabaseThatAlreadyHasPartnersGetsNoDemo() {
        try (TestWorkspace test = TestWorkspace.open(dir, new ShippedPrograms())) {
            test.workspace.partners().create(new PartnerDraft("Own", "bitrix", null, LocalDate.of(2025, 1, 1), null,
                    null));
            assertThat(new DemoPortfolio(test.workspace, LIBRARY).fillOnFirstStart(LocalDate.of(2026, 12, 2)))
                    .isFalse();
            test.workspace.partners().portfolio(LocalDate.of(2026, 12, 2))
                    .forEach(p -> test.workspace.partners().delete(p.id()));
            assertThat(new DemoPortfolio(test.workspace, LIBRARY).fillOnFirstStart(LocalDate.of(2026, 12, 3)))
                    .isFalse();
        }
    }

    @Test
    void datesMoveToTodaysMonthOrQuarterWithPlanYearsAndNeverPastToday() {
        LocalDate today = LocalDate.of(2027, 2, 10);
        assertThat(DemoPortfolio.monthsToMove("leo-backup", today)).isEqualTo(3);
        assertThat(DemoPortfolio.monthsToMove("smart-soft", today)).isEqualTo(3);
        assertThat(DemoPortfolio.monthsToMove("smart-soft", LocalDate.of(2027, 7, 15))).isEqualTo(9);
        assertThat(DemoPortfolio.monthsToMove("leo-backup", LocalDate.of(2026, 11, 30))).isZero();
        assertThat(DemoPortfolio.shifted("- {date: 2026-09-30, x: 1}\n- {date: 2026-11-20, expires: 2027-03-01}\n- {year: 2026}", 3,
                today)).isEqualTo("- {date: 2026-12-30, x: 1}\n- {date: 2027-02-10, expires: 2027-06-01}\n- {year: 2027}");
    }
}
