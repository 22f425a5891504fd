package org.tierdesk.ui.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javafx.scene.input.KeyCode;
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

/** The real main window with a portfolio of several partners: meeting mode on one names none of the others. */
@ExtendWith(ApplicationExtension.class)
class MeetingInMainWindowTest {
    private static final List<String> OTHERS = List.of("Beta Trading", "Gamma Systems", "Delta Integration");
    @TempDir
    Path dataFolder;
    private DeskFixture desk;
    private Stage stage;

    @BeforeAll
    static void warmUp(@TempDir Path scratch) {
        DeskFixture.warmUp(scratch);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        desk = new DeskFixture(dataFolder, Language.ENGLISH);
        long alpha = desk.store().partners().create(new PartnerDraft("Alpha Soft", "bitrix", "Almaty",
                LocalDate.of(2025, 3, 1), null, null));
        for (String other : OTHERS) {
            desk.store().partners().create(new PartnerDraft(other, "bitrix", "Almaty", LocalDate.of(2025, 3, 1),
                    null, "Works with " + OTHERS.get(0)));
        }
        desk.show(stage).shell().openPartner(alpha);
        desk.window().shell().show(Screen.PORTFOLIO);
    }

    @AfterEach
    void closeDatabase() {
        desk.close();
    }

    private List<String> naming(List<String> texts) {
        return texts.stream().filter(Objects::nonNull).filter(t -> OTHERS.stream().anyMatch(t::contains)).toList();
    }

    @Test
    void meetingModeOnOnePartnerShowsNoOtherPartnerAnywhere(FxRobot robot) {
        assertThat(naming(SceneText.of(stage))).as("the portfolio lists them").isNotEmpty();
        robot.clickOn("#nav-simulator");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#meeting-enter");
        WaitForAsyncUtils.waitForFxEvents();

        List<String> texts = SceneText.of(stage);
        assertThat(texts).contains("Alpha Soft");
        assertThat(naming(texts)).as("texts naming another partner").isEmpty();
        assertThat(robot.lookup("#navigation").tryQuery()).isEmpty();

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#navigation").tryQuery()).isPresent();
        assertThat(robot.lookup("#simulator").tryQuery()).isPresent();
    }
}
