package org.tierdesk.ui;

import java.time.Instant;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * An empty JavaFX window of the app's size and nothing else: {@code tierdesk bench} starts it in a child JVM as
 * the floor of a start-up (the JVM and JavaFX alone) and prints {@code main window shown at <instant>} like the
 * app. Not a screen of the app.
 */
public final class BareWindow {
    private BareWindow() {
    }

    /** The main class of the child JVM (JavaFX refuses to start an Application subclass from the class path). */
    public static void main(String[] args) {
        Application.launch(Shown.class, args);
    }

    /** The window itself. */
    public static final class Shown extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(), 1280, 800));
            stage.setTitle("TierDesk");
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e ->
                    System.err.println("main window shown at " + Instant.now()));
            stage.show();
        }
    }
}
