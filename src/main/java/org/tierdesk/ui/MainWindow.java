package org.tierdesk.ui;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.tierdesk.ui.programs.ProgramsView;
import org.tierdesk.ui.programs.ProgramsViewModel;
import org.tierdesk.ui.settings.SettingsView;
import org.tierdesk.ui.settings.SettingsViewModel;
import org.tierdesk.ui.shell.ScreenContent;
import org.tierdesk.ui.shell.Screen;
import org.tierdesk.ui.shell.ShellView;
import org.tierdesk.ui.shell.ShellViewModel;

/**
 * The one main window: builds the shell in the chosen language and theme, remembers where the window was, and
 * rebuilds the scene when the language changes (every label is read again from the bundle).
 */
public final class MainWindow {
    /** Packaging tests wait for this logger's "main window shown" line. */
    private static final Logger LIFECYCLE = LoggerFactory.getLogger("org.tierdesk.lifecycle");
    static final String STYLESHEET = MainWindow.class.getResource("tierdesk.css").toExternalForm();

    private final Stage stage;
    private final Session session;
    private final ShellViewModel shell = new ShellViewModel();
    private boolean shownOnce;

    public MainWindow(Stage stage, Session session) {
        this.stage = stage;
        this.session = session;
    }

    public void show() {
        applyTheme(session.settings().theme());
        rebuild();
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        session.settings().windowPlacement().ifPresentOrElse(this::place, () -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.centerOnScreen();
        });
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            if (!shownOnce) {
                shownOnce = true;
                LIFECYCLE.info("main window shown at {}", Instant.now());
            }
        });
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, e -> rememberPlacement());
        stage.show();
    }

    public ShellViewModel shell() {
        return shell;
    }

    private void rebuild() {
        Messages messages = new Messages(session.settings().language());
        Map<Screen, Supplier<ScreenContent>> screens = new LinkedHashMap<>();
        screens.put(Screen.PROGRAMS, () -> {
            ProgramsView view = new ProgramsView(new ProgramsViewModel(session.programs(), messages), messages);
            return ScreenContent.of(view.node(), () -> { });
        });
        screens.put(Screen.SETTINGS, () -> {
            SettingsViewModel model = new SettingsViewModel(session.settings(), session.dataFolder(),
                    language -> Platform.runLater(this::rebuild), this::applyTheme);
            return ScreenContent.of(new SettingsView(model, messages).node(), () -> { });
        });
        if (!screens.containsKey(shell.screenProperty().get())) {
            shell.show(screens.keySet().iterator().next());
        }
        ShellView view = new ShellView(shell, messages, screens);
        view.onExit(() -> {
            rememberPlacement();
            stage.close();
        });
        Scene scene = stage.getScene();
        if (scene == null) {
            scene = new Scene(new javafx.scene.layout.StackPane());
            scene.getStylesheets().add(STYLESHEET);
            stage.setScene(scene);
        }
        scene.setRoot((javafx.scene.Parent) view.node());
        stage.setTitle(messages.get("app.title"));
    }

    private void applyTheme(Theme theme) {
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
    }

    private void place(WindowPlacement placement) {
        stage.setX(placement.x());
        stage.setY(placement.y());
        stage.setWidth(placement.width());
        stage.setHeight(placement.height());
        stage.setMaximized(placement.maximized());
    }

    private void rememberPlacement() {
        if (stage.isIconified()) {
            return;
        }
        session.settings().windowPlacement(new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized()));
    }
}
