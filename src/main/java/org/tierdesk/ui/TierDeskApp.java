package org.tierdesk.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.tierdesk.program.ProgramLibrary;
import org.tierdesk.store.DataFolder;
import org.tierdesk.store.DemoPortfolio;
import org.tierdesk.store.Workspace;
import org.tierdesk.store.backup.Backups;
import org.tierdesk.store.instance.InstanceGuard;
import org.tierdesk.ui.startup.DataSafety;
import org.tierdesk.ui.startup.DeskWindow;
import org.tierdesk.ui.startup.OpenAttempt;
import org.tierdesk.ui.startup.StartupFlow;

/**
 * The desktop app: takes the data folder (one TierDesk per folder), opens (or creates) its database through the
 * start-up flow (password, damaged file), loads the programs, fills a new database with the demo portfolio, and
 * shows the main window; backs up in the background after start-up and once more at exit.
 */
public final class TierDeskApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(TierDeskApp.class);

    /** The start-up backup waits this long so that it does not compete with drawing the first window. */
    private static final Duration STARTUP_BACKUP_DELAY = Duration.ofSeconds(5);

    private InstanceGuard guard;
    private DataSafety safety;
    private DeskWindow desk;

    @Override
    public void start(Stage stage) {
        StartupArguments arguments = StartupArguments.parse(getParameters().getRaw());
        Path folder = DataFolder.resolve(arguments.dataDir());
        LogFile.attach(folder);
        LOG.info("TierDesk starting with data folder {}", folder);
        Language language = Language.byTag(java.util.Locale.getDefault().getLanguage());
        StartupFlow flow = new StartupFlow(folder, new Messages(language));
        guard = flow.guard(() -> Platform.runLater(() -> {
            if (desk != null) {
                desk.toFront();
            }
        })).orElse(null);
        if (guard == null) {
            Platform.exit();
            return;
        }
        Optional<OpenAttempt.Opened> opened = flow.open();
        if (opened.isEmpty()) {
            Platform.exit();
            return;
        }
        ProgramLibrary library = ProgramLibrary.load(folder.resolve("programs"));
        library.problems().forEach(problem -> LOG.warn("Program file skipped: {}", problem.getMessage()));
        Workspace store = new Workspace(opened.get().database(), library::byId);
        // A newcomer should see the product working at once: a new data folder gets the demo portfolio, once.
        if (new DemoPortfolio(store, library).fillOnFirstStart(java.time.LocalDate.now())) {
            LOG.info("New data folder {}: demo portfolio created", folder);
        }
        safety = new DataSafety(opened.get().database());
        desk = new DeskWindow(folder, library, safety);
        desk.show(stage);
        safety.backUpLater(Backups.STARTUP, STARTUP_BACKUP_DELAY);
    }

    @Override
    public void stop() {
        if (safety != null) {
            safety.closeWithBackup(Backups.EXIT);
        }
        if (guard != null) {
            guard.close();
        }
    }
}
