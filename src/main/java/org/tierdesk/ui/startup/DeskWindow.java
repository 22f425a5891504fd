package org.tierdesk.ui.startup;

import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.Stage;

import org.tierdesk.program.ProgramLibrary;
import org.tierdesk.store.Database;
import org.tierdesk.store.Workspace;
import org.tierdesk.ui.MainWindow;
import org.tierdesk.ui.Session;
import org.tierdesk.ui.UiSettings;
import org.tierdesk.ui.portfolio.PortfolioRows;
import org.tierdesk.ui.shell.Screen;

/**
 * The main window on the open database. When a restore or a password change replaces the database, the window is
 * built anew on the new one in the same stage (every screen reads afresh) and shows Settings, where the manager was.
 */
public final class DeskWindow {
    private final Path folder;
    private final ProgramLibrary library;
    private final DataSafety safety;
    private Stage stage;
    private MainWindow window;

    public DeskWindow(Path folder, ProgramLibrary library, DataSafety safety) {
        this.folder = folder;
        this.library = library;
        this.safety = safety;
        safety.onReopen(this::reopen);
    }

    /** Shows the window on the safety's database in {@code stage}. */
    public MainWindow show(Stage shown) {
        return show(shown, Optional.empty());
    }

    /** As {@link #show(Stage)}, its portfolio showing {@code read} (rows read ahead of the window) if current. */
    public MainWindow show(Stage shown, Optional<PortfolioRows> read) {
        this.stage = shown;
        window = new MainWindow(shown, session(safety.database()));
        read.ifPresent(window::startWith);
        window.show();
        return window;
    }

    public Stage stage() {
        return stage;
    }

    public MainWindow window() {
        return window;
    }

    /** Brings the window forward (another start asked for it). */
    public void toFront() {
        if (stage != null) {
            stage.setIconified(false);
            stage.show();
            stage.toFront();
            stage.requestFocus();
        }
    }

    private void reopen(Database database) {
        window.dispose();
        window = new MainWindow(stage, session(database));
        window.show();
        window.shell().show(Screen.SETTINGS);
    }

    private Session session(Database database) {
        return session(folder, library, safety, database);
    }

    /** The window's session on {@code database} (of {@code folder}), with the programs of {@code library}. */
    static Session session(Path folder, ProgramLibrary library, DataSafety safety, Database database) {
        Workspace store = new Workspace(database, library::byId);
        UiSettings settings = new UiSettings(store.settings()::get, store.settings()::put);
        return new Session(folder, settings, library.all(), store, safety);
    }
}
