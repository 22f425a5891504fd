package org.tierdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A lazy tooltip is made when the mouse first comes onto its control, and shows then like any tooltip. */
@ExtendWith(ApplicationExtension.class)
class LazyTooltipTest {
    private Label flag;
    private Label plain;
    private LazyTooltip tip;

    @Start
    void start(Stage stage) {
        flag = new Label("At risk");
        flag.setId("flag");
        plain = new Label("no tip");
        plain.setId("plain");
        tip = LazyTooltip.on(flag, 300);
        tip.setText("Held tier at risk: 2 certified staff short");
        LazyTooltip.on(plain, 0);
        StackPane root = new StackPane(flag, plain);
        StackPane.setAlignment(flag, javafx.geometry.Pos.TOP_LEFT);
        StackPane.setAlignment(plain, javafx.geometry.Pos.BOTTOM_RIGHT);
        stage.setScene(new Scene(root, 400, 300));
        stage.show();
    }

    @Test
    void isMadeWhenTheMouseFirstComesOntoItsControlAndThenShows(FxRobot robot) throws Exception {
        assertThat(flag.getTooltip()).as("nothing made before the mouse came").isNull();
        assertThat(LazyTooltip.textOf(flag)).contains("Held tier at risk: 2 certified staff short");

        robot.moveTo("#flag").moveBy(2, 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> flag.getTooltip() != null
                && flag.getTooltip().isShowing());
        assertThat(flag.getTooltip().getText()).isEqualTo("Held tier at risk: 2 certified staff short");
        assertThat(flag.getTooltip().isWrapText()).isTrue();
        assertThat(flag.getTooltip().getMaxWidth()).isEqualTo(300);

        robot.interact(() -> tip.setText("Upgrade due"));
        assertThat(flag.getTooltip().getText()).isEqualTo("Upgrade due");
        robot.interact(() -> tip.setText(""));
        assertThat(flag.getTooltip()).as("no text, no tooltip").isNull();
        assertThat(LazyTooltip.textOf(flag)).isEmpty();
    }

    @Test
    void aControlWithoutTextGetsNoTooltip(FxRobot robot) {
        robot.moveTo("#plain");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(plain.getTooltip()).isNull();
        assertThat(LazyTooltip.textOf(plain)).isEmpty();
        assertThat(LazyTooltip.textOf(new Label("never had one"))).isEmpty();
    }
}
