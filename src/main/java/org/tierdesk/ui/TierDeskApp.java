package org.tierdesk.ui;

import java.time.Duration;
import java.util.Optional;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.tierdesk.store.backup.Backups;
import org.tierdesk.store.instance.InstanceGuard;
import org.tierdesk.ui.startup.DataSafety;
import org.tierdesk.ui.startup.DeskWindow;
import org.tierdesk.ui.startup.HeadStart;
import org.tierdesk.ui.startup.OpenAttempt;
import org.tierdesk.ui.startup.OpenedDesk;
import org.tierdesk.ui.startup.StartupFlow;

/**
 * The desktop app: takes what the launcher's {@link HeadStart} prepared while JavaFX started (the data folder, one
 * TierDesk per folder, the database opened, the programs loaded, a new database filled with the demo portfolio,
 * the portfolio read), goes on through the start-up flow where that needs the manager (password, damaged file),
 * and shows the main window; backs up in the background after start-up and once more at exit.
 */
public final class TierDeskApp extends Application {
    /** The start-up backup waits this long so that it does not compete with drawing the first window. */
    private static final Duration STARTUP_BACKUP_DELAY = Duration.ofSeconds(5);

    private InstanceGuard guard;
    private DataSafety safety;
    private DeskWindow desk;

    @Override
    public void start(Stage stage) {
        HeadStart head = HeadStart.take(getParameters().getRaw());
        HeadStart.Prepared prepared = head.prepared();
        Language language = Language.byTag(java.util.Locale.getDefault().getLanguage());
        StartupFlow flow = new StartupFlow(prepared.folder(), new Messages(language));
        if (prepared.refused().isPresent()) {
            flow.tellAlreadyRunning(prepared.refused().get());
            Platform.exit();
            return;
        }
        guard = prepared.guard().orElseThrow();
        head.onShowRequest(() -> Platform.runLater(() -> {
            if (desk != null) {
                desk.toFront();
            }
        }));
        Optional<OpenAttempt.Opened> opened = flow.open(prepared.attempt().orElseThrow());
        if (opened.isEmpty()) {
            Platform.exit();
            return;
        }
        // opened at the first try: the head start made it ready; after a password or a restore, that is done here
        OpenedDesk ready = prepared.desk().orElseGet(() ->
                OpenedDesk.prepare(prepared.folder(), prepared.library(), opened.get()));
        safety = ready.safety();
        desk = new DeskWindow(prepared.folder(), prepared.library(), safety);
        desk.show(stage, ready.portfolio());
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
