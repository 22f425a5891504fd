package org.tierdesk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import javafx.stage.Stage;

import org.tierdesk.program.ProgramLibrary;
import org.tierdesk.store.Database;
import org.tierdesk.store.Workspace;

/** A real H2 database in a temporary data folder with the shipped programs, and the main window on it. */
public final class DeskFixture implements AutoCloseable {
    private final Database database;
    private final Workspace store;
    private final Session session;
    private final Map<String, String> settings = new HashMap<>();
    private MainWindow window;

    /**
     * Loads the shipped programs and migrates a throw-away database once per JVM, outside TestFX's set-up time
     * limit, which a cold start on a busy build machine can exceed; and gives set-up more time.
     */
    public static void warmUp(Path scratch) {
        org.testfx.api.FxToolkit.toolkitContext().setSetupTimeoutInMillis(120_000);
        ProgramLibrary.shippedOnly().all();
        try (Database warm = Database.open(scratch)) {
            new Workspace(warm, ProgramLibrary.shippedOnly()::byId).partners().count();
        }
    }

    public DeskFixture(Path dataFolder, Language language) {
        this(dataFolder, language, Clock.systemDefaultZone());
    }

    /** With the store's (and so every screen's) today fixed by {@code clock}. */
    public DeskFixture(Path dataFolder, Language language, Clock clock) {
        database = Database.open(dataFolder);
        ProgramLibrary library = ProgramLibrary.shippedOnly();
        store = new Workspace(database, library::byId, clock);
        UiSettings uiSettings = UiSettings.inMemory(settings);
        uiSettings.language(language);
        session = new Session(dataFolder, uiSettings, library.all(), store);
    }

    public MainWindow show(Stage stage) {
        window = new MainWindow(stage, session);
        window.show();
        return window;
    }

    public Workspace store() {
        return store;
    }

    public Session session() {
        return session;
    }

    public Map<String, String> settings() {
        return settings;
    }

    public MainWindow window() {
        return window;
    }

    @Override
    public void close() {
        database.close();
    }
}
