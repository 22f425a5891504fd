package org.tierdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.tierdesk.ui.Language;
import org.tierdesk.ui.MainWindow;
import org.tierdesk.ui.SampleProgram;
import org.tierdesk.ui.UiSettings;
import org.tierdesk.ui.Session;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path dataFolder;
    private final Map<String, String> stored = new HashMap<>();

    @Start
    void start(Stage stage) {
        UiSettings settings = UiSettings.inMemory(stored);
        settings.language(Language.ENGLISH);
        new MainWindow(stage, new Session(dataFolder, settings,
                List.of(SampleProgram.twoTiers()))).show();
    }

    @Test
    void programsScreenShowsTheTierTable(FxRobot robot) {
        robot.clickOn("#nav-programs");

        assertThat(robot.lookup("#program-title").queryAs(Label.class).getText()).isEqualTo("Demo Program");
        assertThat(robot.lookup("#tier-table").lookup("Gold").tryQuery()).isPresent();
    }

    @Test
    void switchingToRussianRelabelsTheWholeWindowAndIsRemembered(FxRobot robot) {
        robot.clickOn("#nav-settings");
        robot.clickOn("#language-choice");
        robot.clickOn("Русский");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#nav-settings").queryAs(ToggleButton.class).getText()).isEqualTo("Настройки");
        assertThat(robot.lookup("#nav-programs").queryAs(ToggleButton.class).getText()).isEqualTo("Программы");
        assertThat(robot.lookup("Оформление").tryQuery()).isPresent();
        assertThat(UiSettings.inMemory(stored).language()).isEqualTo(Language.RUSSIAN);

        robot.clickOn("#nav-programs");
        assertThat(robot.lookup("#program-title").queryAs(Label.class).getText()).isEqualTo("Демо-программа");
        assertThat(robot.lookup("Требования").tryQuery()).isPresent();
    }

    @Test
    void shortcutsSwitchScreens(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        assertThat(robot.lookup("#settings-screen").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-settings").queryAs(ToggleButton.class).isSelected()).isTrue();
    }
}
