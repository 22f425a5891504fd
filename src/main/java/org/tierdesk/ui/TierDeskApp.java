package org.tierdesk.ui;

import java.nio.file.Path;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.tierdesk.program.ProgramLibrary;
import org.tierdesk.store.DataFolder;
import org.tierdesk.store.Database;
import org.tierdesk.store.DatabaseInUseException;
import org.tierdesk.store.DemoPortfolio;
import org.tierdesk.store.Workspace;

/**
 * The desktop app: opens (or creates) the database in the data folder, loads the programs, fills a new database
 * with the demo portfolio, and shows the main window.
 */
public final class TierDeskApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(TierDeskApp.class);

    private Database database;

    @Override
    public void start(Stage stage) {
        StartupArguments arguments = StartupArguments.parse(getParameters().getRaw());
        Path folder = DataFolder.resolve(arguments.dataDir());
        LogFile.attach(folder);
        LOG.info("TierDesk starting with data folder {}", folder);
        Language language = Language.byTag(java.util.Locale.getDefault().getLanguage());
        try {
            database = Database.open(folder);
        } catch (DatabaseInUseException e) {
            LOG.warn("Database in {} is in use", folder);
            refuseToStart(new Messages(language).format("app.databaseInUse", folder), language);
            return;
        }
        ProgramLibrary library = ProgramLibrary.load(folder.resolve("programs"));
        library.problems().forEach(problem -> LOG.warn("Program file skipped: {}", problem.getMessage()));
        Workspace store = new Workspace(database, library::byId);
        // A newcomer should see the product working at once: a new data folder gets the demo portfolio, once.
        if (new DemoPortfolio(store, library).fillOnFirstStart(java.time.LocalDate.now())) {
            LOG.info("New data folder {}: demo portfolio created", folder);
        }
        UiSettings settings = new UiSettings(store.settings()::get, store.settings()::put);
        new MainWindow(stage, new Session(folder, settings, library.all(), store)).show();
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
    }

    private static void refuseToStart(String message, Language language) {
        Application.setUserAgentStylesheet(Theme.LIGHT.userAgentStylesheet());
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText(new Messages(language).get("app.startFailed"));
        alert.showAndWait();
        Platform.exit();
    }
}
