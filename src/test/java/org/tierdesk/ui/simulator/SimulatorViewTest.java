package org.tierdesk.ui.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tierdesk.engine.facts.Money;
import org.tierdesk.engine.facts.Sale;
import org.tierdesk.program.ProgramLibrary;
import org.tierdesk.store.Database;
import org.tierdesk.store.PartnerDraft;
import org.tierdesk.store.Workspace;
import org.tierdesk.ui.Language;
import org.tierdesk.ui.Messages;

/** The simulator screen of a Bitrix partner stored in a real H2 database. */
@ExtendWith(ApplicationExtension.class)
class SimulatorViewTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-08-14");
    @TempDir
    static Path folder;
    private static Database database;
    private SimulatorViewModel model;

    private static Workspace workspace;

    /** The database, and a first simulator over it, before any window: a loaded machine is slow to start them. */
    @org.junit.jupiter.api.BeforeAll
    static void open() {
        database = Database.open(folder);
        workspace = new Workspace(database, ProgramLibrary.shippedOnly()::byId,
                Clock.fixed(Instant.parse("2026-08-14T10:00:00Z"), ZoneOffset.UTC));
        new SimulatorViewModel(new StoredPartner(workspace, partner()), TODAY, new Messages(Language.ENGLISH));
    }

    private static long partner() {
        long id = workspace.partners().create(new PartnerDraft("Alpha Soft " + System.nanoTime(), "bitrix", null,
                LocalDate.parse("2025-03-01"), "business", null));
        workspace.sales().add(id, new Sale(0, LocalDate.parse("2026-02-10"), new Money(new BigDecimal("1000"), "USD"),
                "license", 1, "Intranet", null));
        return id;
    }

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        model = new SimulatorViewModel(new StoredPartner(workspace, partner()), TODAY, new Messages(Language.ENGLISH));
        stage.setScene(new Scene((javafx.scene.Parent) new SimulatorView(model, new Messages(Language.ENGLISH),
                () -> { }).node(), 1280, 800));
        stage.show();
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void typingMoreSalesRaisesThePointsAfterAndLeavesThemBefore(FxRobot robot) {
        // 1,000 USD while holding business earned 100 + 100 points
        assertThat(text(robot, "#after-points")).isEqualTo("200");
        robot.doubleClickOn("#lever-sales-license-asof-field").write("2500").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#after-points")).isEqualTo("700");
        assertThat(text(robot, "#before-points")).isEqualTo("200");
        assertThat(robot.lookup("#after-points").queryAs(Label.class).getStyleClass()).contains("changed");
    }

    @Test
    void tickingTheMissingItemsAndAddingPeopleReachesCertified(FxRobot robot) {
        assertThat(text(robot, "#after-tier")).isEqualTo("Business Partner");
        for (String item : new String[]{"partner-agreement", "nda", "first-line-support", "logo-on-website",
                "product-descriptions"}) {
            fire(robot, "#lever-checklist-" + item);
        }
        robot.interact(() -> {
            spinner(robot, "#lever-certified-bitrix-engineer").getValueFactory().setValue(1);
            spinner(robot, "#lever-certified-bitrix-sales").getValueFactory().setValue(1);
            spinner(robot, "#lever-activity-custom-module").getValueFactory().setValue(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#after-tier")).isEqualTo("Certified Partner");
        assertThat(text(robot, "#after-reward-license")).isEqualTo("45%");
        assertThat(text(robot, "#before-reward-license")).isEqualTo("40%");
    }

    @Test
    void aSavedPlanReopensWithItsControls(FxRobot robot) {
        fire(robot, "#lever-checklist-forecasting");
        robot.interact(() -> spinner(robot, "#lever-activity-seminar").getValueFactory().setValue(2));
        robot.doubleClickOn("#lever-sales-license-asof-field").write("4000").type(KeyCode.ENTER);
        robot.interact(() -> robot.lookup("#plan-name").queryAs(TextField.class).setText("Gold push"));
        fire(robot, "#plan-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#simulator-status")).isEqualTo("Plan “Gold push” saved.");

        fire(robot, "#simulator-reset");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lever-checklist-forecasting").queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(spinner(robot, "#lever-activity-seminar").getValue()).isZero();

        robot.interact(() -> {
            javafx.scene.control.ListView<?> plans = robot.lookup("#plan-list")
                    .queryAs(javafx.scene.control.ListView.class);
            plans.getSelectionModel().select(0);
        });
        fire(robot, "#plan-open");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lever-checklist-forecasting").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(spinner(robot, "#lever-activity-seminar").getValue()).isEqualTo(2);
        assertThat(robot.lookup("#lever-sales-license-asof-field").queryAs(TextField.class).getText())
                .isEqualTo("4,000");
        // 200 + 2 seminars + 4,000 USD at business (400 + 400)
        assertThat(text(robot, "#after-points")).isEqualTo("3,000");
    }

    @Test
    void applyingAProposedActionMovesItsControl(FxRobot robot) {
        fire(robot, "#apply-proposal");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#after-tier")).isEqualTo("Certified Partner");
        assertThat(spinner(robot, "#lever-certified-bitrix-sales").getValue()).isEqualTo(1);
        assertThat(text(robot, "#path-verdict")).isEqualTo("The partner already qualifies for Certified Partner.");
    }

    @Test
    void theDealCalculatorQuotesEveryTier(FxRobot robot) {
        robot.interact(() -> robot.lookup("#deal-price").queryAs(TextField.class).setText("1000"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#deal-tier-business")).isEqualTo("400.00\u00a0USD");
        assertThat(text(robot, "#deal-tier-gold")).isEqualTo("500.00\u00a0USD");
        assertThat(text(robot, "#deal-first-sale")).isEqualTo("700.00\u00a0USD");
    }

    @Test
    void clickingASpinnersPlusChangesTheAfterStanding(FxRobot robot) {
        assertThat(text(robot, "#after-points")).isEqualTo("200");
        // one more approved seminar: 1,000 points
        robot.clickOn(robot.lookup("#lever-activity-seminar .increment-arrow-button").queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(spinner(robot, "#lever-activity-seminar").getValue()).isEqualTo(1);
        assertThat(text(robot, "#after-points")).isEqualTo("1,200");
        assertThat(text(robot, "#before-points")).isEqualTo("200");
    }

    @Test
    void aSavedPlanCanBeDeleted(FxRobot robot) {
        robot.interact(() -> spinner(robot, "#lever-activity-seminar").getValueFactory().setValue(1));
        robot.interact(() -> robot.lookup("#plan-name").queryAs(TextField.class).setText("Seminar only"));
        fire(robot, "#plan-save");
        javafx.scene.control.ListView<?> plans = robot.lookup("#plan-list").queryAs(javafx.scene.control.ListView.class);
        assertThat(plans.getItems()).hasSize(1);

        robot.interact(() -> plans.getSelectionModel().select(0));
        fire(robot, "#plan-delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(plans.getItems()).isEmpty();
        assertThat(text(robot, "#simulator-status")).isEqualTo("Plan “Seminar only” deleted.");
        assertThat(model.plans()).isEmpty();
    }

    /** Presses a button or ticks a box that may lie below the scrolled part of its column. */
    private static void fire(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryAs(javafx.scene.control.ButtonBase.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static Spinner<Integer> spinner(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Spinner.class);
    }
}
