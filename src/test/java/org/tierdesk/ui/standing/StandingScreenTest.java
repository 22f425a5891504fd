package org.tierdesk.ui.standing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.tierdesk.store.TierHistoryEntry;
import org.tierdesk.store.standing.StandingDesk;
import org.tierdesk.ui.DeskFixture;
import org.tierdesk.ui.FormRobot;
import org.tierdesk.ui.Language;
import org.tierdesk.ui.form.Choice;
import org.tierdesk.ui.shell.Screen;

/**
 * The standing tab, the portfolio's flags and the Downgrades screen in the real main window on a real database
 * (today fixed on 2026-11-23): a Bitrix partner one «Bitrix sales specialist» short of certified, and one that
 * holds certified without it.
 */
@ExtendWith(ApplicationExtension.class)
class StandingScreenTest {
    private static final String SALES_REQUIREMENT = "certified-certified-bitrix-sales";

    @TempDir
    Path dataFolder;
    private DeskFixture desk;
    private long vektor;
    private long orbita;

    @BeforeAll
    static void warmUp(@TempDir Path scratch) {
        DeskFixture.warmUp(scratch);
    }

    @Start
    void start(Stage stage) {
        desk = new DeskFixture(dataFolder, Language.ENGLISH, StandingDesk.clock());
        vektor = StandingDesk.bitrixPartnerOneCertificationShort(desk.store(), "Vektor", 600, "business");
        orbita = StandingDesk.bitrixPartnerOneCertificationShort(desk.store(), "Orbita", 600, "certified");
        desk.show(stage).shell().openPartner(vektor);
    }

    @AfterEach
    void closeDatabase() {
        desk.close();
    }

    @Test
    void addingTheMissingCertificationMeetsTheRequirementFlagsTheUpgradeAndGrantingItWritesTheHistory(
            FxRobot robot) throws TimeoutException {
        TabPane tabs = robot.lookup("#partner-tabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-standing");
        assertThat(text(robot, "#req-gap-" + SALES_REQUIREMENT)).isEqualTo("1 more certified Bitrix sales specialist");
        assertThat(robot.lookup("#req-bar-" + SALES_REQUIREMENT).queryAs(ProgressBar.class).getProgress())
                .isLessThan(1.0);
        assertThat(robot.lookup("#standing-progress").queryAs(ProgressBar.class).getProgress()).isLessThan(1.0);
        assertThat(robot.lookup("#grant-upgrade").query().isDisabled()).isTrue();

        robot.clickOn("#tab-staff");
        robot.clickOn("Ivan Petrov");
        robot.clickOn("#add-certification");
        new FormRobot(robot).choose("certification", "Bitrix sales specialist").type("earned", "2026-11-20");
        robot.clickOn("#dialog-ok");
        robot.clickOn("#tab-standing");

        waitUntil(() -> "Met".equals(text(robot, "#req-gap-" + SALES_REQUIREMENT)));
        assertThat(robot.lookup("#req-bar-" + SALES_REQUIREMENT).queryAs(ProgressBar.class).getProgress())
                .isEqualTo(1.0);
        assertThat(robot.lookup("#standing-flags").lookup("#flag-upgrade").tryQuery()).isPresent();

        robot.clickOn("#nav-portfolio");
        robot.interact(() -> robot.lookup("#filter-flags").queryAs(ComboBox.class).getSelectionModel()
                .select(new Choice("UPGRADE_DUE", "Upgrade due")));
        TableView<?> table = robot.lookup("#portfolio-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(robot.lookup("#portfolio-table").lookup("Vektor").tryQuery()).isPresent();
        assertThat(robot.lookup("#portfolio-table").lookup("#flag-upgrade").tryQuery()).isPresent();
        Label flag = robot.lookup("#portfolio-table").lookup("#flag-upgrade").queryAs(Label.class);
        assertThat(flag.getTooltip()).as("made when first hovered, not with the table").isNull();
        robot.moveTo(flag);
        waitUntil(() -> flag.getTooltip() != null && flag.getTooltip().isShowing());
        assertThat(flag.getTooltip().getText()).startsWith("Upgrade due\nQualifies for a tier above");
        robot.moveTo("Vektor");
        Node progress = robot.lookup("#portfolio-table").lookup(".table-cell")
                .match(n -> n instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                        && "column-progress".equals(cell.getTableColumn().getId()) && cell.getGraphic() != null)
                .query();
        robot.moveTo(progress);
        waitUntil(() -> ((TableCell<?, ?>) progress).getTooltip() != null
                && ((TableCell<?, ?>) progress).getTooltip().isShowing());
        assertThat(((TableCell<?, ?>) progress).getTooltip().getText())
                .startsWith("Share of the requirements of ").endsWith(" met, each counted by how far it is");

        robot.doubleClickOn("Vektor");
        waitUntil(() -> robot.lookup("#grant-upgrade").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        robot.clickOn("#grant-upgrade");
        robot.clickOn("#tier-change-reason").write("Vendor confirmed the status");
        robot.clickOn("#tier-change-record");

        waitUntil(() -> !desk.store().tierHistory().of(vektor).isEmpty());
        TierHistoryEntry recorded = desk.store().tierHistory().of(vektor).getLast();
        assertThat(recorded.change().tier()).isEqualTo("certified");
        assertThat(recorded.change().since()).isEqualTo(StandingDesk.TODAY);
        assertThat(recorded.change().reason()).isEqualTo("Vendor confirmed the status");
        waitUntil(() -> "Certified Partner".equals(text(robot, "#partner-tier")));
        assertThat(robot.lookup("#standing-flags").lookup("#flag-upgrade").tryQuery()).isEmpty();
        robot.clickOn("#tab-history");
        assertThat(robot.lookup("#history-table").lookup("Vendor confirmed the status").tryQuery()).isPresent();
    }

    @Test
    void aPartnerMissingItsHeldTierWaitsOnTheDowngradesScreenUntilConfirmedWithItsPointsReset(FxRobot robot)
            throws TimeoutException {
        robot.clickOn("#nav-portfolio");
        waitUntil(() -> robot.lookup("#portfolio-downgrades").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#portfolio-downgrades");

        TableView<?> pending = robot.lookup("#downgrade-table").queryAs(TableView.class);
        waitUntil(() -> pending.getItems().size() == 1);
        robot.clickOn("Orbita");
        robot.clickOn("#downgrade-confirm");
        robot.clickOn("#downgrade-reason").write("Sales specialist left");
        robot.clickOn("#downgrade-reason-ok");

        waitUntil(() -> pending.getItems().isEmpty());
        TierHistoryEntry recorded = desk.store().tierHistory().of(orbita).getLast();
        assertThat(recorded.change().tier()).isEqualTo("business");
        assertThat(recorded.change().reason()).isEqualTo("Sales specialist left");

        robot.interact(() -> desk.window().shell().openPartner(orbita));
        waitUntil(() -> "Business Partner".equals(text(robot, "#standing-held")));
        TableView<?> ledger = robot.lookup("#points-ledger").queryAs(TableView.class);
        assertThat(ledger.getItems()).as(ledger.getItems().toString()).first().satisfies(line -> {
            LedgerRow reset = (LedgerRow) line;
            assertThat(reset.reset()).isTrue();
            assertThat(reset.date()).isEqualTo(StandingDesk.TODAY);
            assertThat(reset.balance()).isZero();
        });
    }

    @Test
    void aMeetingRecordedOnTheTabIsWhatTheStandingIsComparedWith(FxRobot robot) throws TimeoutException {
        robot.clickOn("#record-meeting");
        robot.clickOn(((javafx.scene.control.DatePicker) robot.lookup("#meeting-date").query()).getEditor());
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A)
                .release(javafx.scene.input.KeyCode.A, javafx.scene.input.KeyCode.CONTROL);
        robot.write("2026-03-01");
        robot.clickOn("#meeting-notes").write("First visit");
        robot.clickOn("Save meeting");

        waitUntil(() -> robot.lookup("#since-meeting").tryQuery().isPresent());
        assertThat(desk.store().meetings().lastBefore(vektor, StandingDesk.TODAY)).hasValueSatisfying(m -> {
            assertThat(m.date()).isEqualTo(LocalDate.of(2026, 3, 1));
            assertThat(m.notes()).isEqualTo("First visit");
        });
        // the 3,000 USD sale of May earned 600 points since
        assertThat(robot.lookup("#since-meeting").lookup("\u2022 Points: +600").tryQuery()).isPresent();
        assertThat(robot.lookup("#since-meeting").lookup("\u2022 Notes then: First visit").tryQuery()).isPresent();
        assertThat(text(robot, "#standing-last-meeting")).isEqualTo("Last meeting: Mar 1, 2026");

        robot.clickOn("#record-meeting");
        robot.clickOn("Save meeting");
        waitUntil(() -> text(robot, "#standing-last-meeting") != null
                && text(robot, "#standing-last-meeting").startsWith("Meeting recorded today"));
        assertThat(robot.lookup("#since-meeting").lookup("\u2022 Notes then: First visit").tryQuery())
                .as("today's meeting is compared with from tomorrow").isPresent();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse(null);
    }

    /** Polls on the FX thread: dialogs close and tabs reload on their own time on a busy machine. */
    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
