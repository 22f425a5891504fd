package org.tierdesk.ui.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
import org.tierdesk.store.PartnerDraft;
import org.tierdesk.ui.DeskFixture;
import org.tierdesk.ui.Language;
import org.tierdesk.ui.shell.Screen;

/** The Simulator entry of the real main window: the partner selected in the portfolio, or one picked on it. */
@ExtendWith(ApplicationExtension.class)
class SimulatorInMainWindowTest {
    @TempDir
    Path dataFolder;
    private DeskFixture desk;

    @BeforeAll
    static void warmUp(@TempDir Path scratch) {
        DeskFixture.warmUp(scratch);
    }

    @Start
    void start(Stage stage) {
        desk = new DeskFixture(dataFolder, Language.ENGLISH);
        for (String name : new String[] {"Alpha Soft", "Beta Trading", "Gamma Systems"}) {
            desk.store().partners().create(new PartnerDraft(name, "bitrix", "Almaty", LocalDate.of(2025, 3, 1),
                    null, null));
        }
        desk.show(stage);
    }

    @AfterEach
    void closeDatabase() {
        desk.close();
    }

    private static void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void withNoPartnerChosenTheSimulatorOffersAPickerAndOpensThePickedOne(FxRobot robot) throws Exception {
        robot.interact(() -> desk.window().shell().show(Screen.SIMULATOR));
        waitFor(robot, "#simulator-partner-picker");
        ListView<?> list = robot.lookup("#simulator-partner-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(3);

        robot.interact(() -> robot.lookup("#simulator-partner-search").queryAs(TextField.class).setText("gamma"));
        assertThat(list.getItems()).hasSize(1);
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#simulator-pick").queryAs(javafx.scene.control.Button.class).fire());
        waitFor(robot, "#simulator-partner");

        assertThat(robot.lookup("#simulator-partner").queryAs(Label.class).getText()).isEqualTo("Gamma Systems");
        assertThat(robot.lookup("#simulator-partner-picker").tryQuery()).isEmpty();
        assertThat(desk.window().shell().partnerIdProperty().get()).isNotNull();
    }

    @Test
    void theSimulatorOpensOnThePartnerSelectedInThePortfolio(FxRobot robot) throws Exception {
        waitFor(robot, "#portfolio-table");
        TableView<?> table = robot.lookup("#portfolio-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        // sorted by name: Alpha, Beta, Gamma
        robot.interact(() -> table.getSelectionModel().select(1));
        robot.clickOn("#nav-simulator");
        waitFor(robot, "#simulator-partner");
        assertThat(robot.lookup("#simulator-partner").queryAs(Label.class).getText()).isEqualTo("Beta Trading");
    }
}
