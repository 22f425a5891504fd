package org.tierdesk.ui.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tierdesk.engine.fixture.PartnerBuilder;
import org.tierdesk.engine.fixture.Shipped;
import org.tierdesk.ui.Language;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.simulator.SimulatorPartner;
import org.tierdesk.ui.simulator.SimulatorView;
import org.tierdesk.ui.simulator.SimulatorViewModel;
import org.tierdesk.ui.simulator.TestPartners;

/**
 * Meeting mode in a window that, outside it, lists other partners (in a list, a search field, a tooltip, a menu,
 * a context menu and the title): inside it, no text anywhere in the scene names any of them.
 */
@ExtendWith(ApplicationExtension.class)
class MeetingModeTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-08-14");
    private static final List<String> OTHERS = List.of("Beta Trading", "Gamma Systems", "Delta Integration");
    private final Messages messages = new Messages(Language.ENGLISH);
    private Stage stage;
    private MeetingMode meeting;
    private SimulatorViewModel simulator;
    private SimulatorPartner partner;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
        partner = TestPartners.of("Alpha Soft", Shipped.bitrix(), PartnerBuilder.joined("2025-03-01", "USD")
                .holding("business").checklist("partner-agreement", "nda").sale("2026-02-10", "1000").build());
        simulator = new SimulatorViewModel(partner, TODAY, messages);
        meeting = new MeetingMode(stage, messages);
        ListView<String> portfolio = new ListView<>();
        portfolio.getItems().addAll(OTHERS);
        portfolio.getItems().add("Alpha Soft");
        TextField search = new TextField("Gamma");
        search.setTooltip(new Tooltip("Last opened: Delta Integration"));
        Label recent = new Label("Recently: Beta Trading");
        javafx.scene.control.MenuBar menus = new javafx.scene.control.MenuBar(new javafx.scene.control.Menu("Recent",
                null, new javafx.scene.control.MenuItem("Open Gamma Systems")));
        portfolio.setContextMenu(new javafx.scene.control.ContextMenu(
                new javafx.scene.control.MenuItem("Compare with Delta Integration")));
        VBox shell = new VBox(menus, search, recent, portfolio);
        BorderPane root = new BorderPane(new SimulatorView(simulator, messages, () -> meeting.enter(
                new SimulatorViewModel(partner, TODAY, messages), simulator)).node());
        root.setLeft(shell);
        stage.setScene(new Scene(root, 1280, 800));
        stage.setTitle("TierDesk — Beta Trading, Gamma Systems");
        stage.show();
    }

    private List<String> named(List<String> texts) {
        return texts.stream().filter(Objects::nonNull)
                .filter(text -> OTHERS.stream().anyMatch(text::contains)).toList();
    }

    @Test
    void inMeetingModeNoOtherPartnerIsNamedAnywhereInTheScene(FxRobot robot) {
        assertThat(named(SceneText.of(stage))).as("the shell names them before").isNotEmpty();

        robot.clickOn("#meeting-enter");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#meeting").tryQuery()).isPresent();
        List<String> texts = SceneText.of(stage);
        assertThat(texts).contains("Alpha Soft");
        assertThat(named(texts)).as("texts naming another partner").isEmpty();
        assertThat(stage.getTitle()).isEqualTo("TierDesk — meeting");
        assertThat(stage.isFullScreen()).isTrue();
    }

    @Test
    void escapeLeavesMeetingModeAndTheWhatIfComesBack(FxRobot robot) {
        robot.clickOn("#meeting-enter");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#meeting #lever-activity-seminar").queryAs(
                javafx.scene.control.Spinner.class).getValueFactory().setValue(1));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#meeting").tryQuery()).isEmpty();
        assertThat(stage.getTitle()).isEqualTo("TierDesk — Beta Trading, Gamma Systems");
        assertThat(stage.isFullScreen()).isFalse();
        assertThat(simulator.whatIfProperty().get().activitiesOf("seminar")).isEqualTo(1);
    }

    @Test
    void theLeaveButtonLeavesToo(FxRobot robot) {
        robot.clickOn("#meeting-enter");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#meeting-leave").queryAs(javafx.scene.control.Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#meeting").tryQuery()).isEmpty();
        assertThat(named(SceneText.of(stage))).isNotEmpty();
    }
}
