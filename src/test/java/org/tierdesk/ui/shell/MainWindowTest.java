package org.tierdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
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
import org.tierdesk.ui.UiSettings;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    Path dataFolder;
    private DeskFixture desk;

    @org.junit.jupiter.api.BeforeAll
    static void warmUp(@TempDir Path scratch) {
        DeskFixture.warmUp(scratch);
    }

    @Start
    void start(Stage stage) {
        desk = new DeskFixture(dataFolder, Language.ENGLISH);
        long id = desk.store().partners().create(new PartnerDraft("Acme Integration", "bitrix", "Almaty",
                java.time.LocalDate.of(2025, 3, 1), null, null));
        desk.show(stage).shell().openPartner(id);
        desk.window().shell().show(Screen.PORTFOLIO);
    }

    @AfterEach
    void closeDatabase() {
        desk.close();
    }

    @Test
    void programsScreenShowsEachProgramAsATierTable(FxRobot robot) {
        robot.clickOn("#nav-programs");

        assertThat(robot.lookup("#program-title").queryAs(Label.class).getText()).isNotBlank();
        assertThat(robot.lookup("#tier-table").tryQuery()).isPresent();
        assertThat(robot.lookup("Requirements").tryQuery()).isPresent();
    }

    @Test
    void switchingToRussianRelabelsTheWholeWindowAndIsRemembered(FxRobot robot) {
        robot.clickOn("#nav-settings");
        robot.clickOn("#language-choice");
        robot.clickOn("Русский");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#nav-settings").queryAs(ToggleButton.class).getText()).isEqualTo("Настройки");
        assertThat(robot.lookup("#nav-portfolio").queryAs(ToggleButton.class).getText()).isEqualTo("Портфель");
        assertThat(robot.lookup("Оформление").tryQuery()).isPresent();
        assertThat(UiSettings.inMemory(desk.settings()).language()).isEqualTo(Language.RUSSIAN);

        robot.clickOn("#nav-portfolio");
        assertThat(robot.lookup("#add-partner").queryButton().getText()).isEqualTo("Новый партнёр");
        robot.doubleClickOn("Acme Integration");
        TabPane tabs = robot.lookup("#partner-tabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).extracting(Tab::getText)
                .contains("Компания", "Контакты", "Сотрудники", "Продажи", "История");
    }

    @Test
    void shortcutsSwitchScreens(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        assertThat(robot.lookup("#settings-screen").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-settings").queryAs(ToggleButton.class).isSelected()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        assertThat(robot.lookup("#programs-screen").tryQuery()).isPresent();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        assertThat(robot.lookup("#simulator-screen").tryQuery()).isPresent();
    }
}
