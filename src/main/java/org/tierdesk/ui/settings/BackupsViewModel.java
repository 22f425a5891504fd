package org.tierdesk.ui.settings;

import java.nio.file.Path;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.tierdesk.store.DatabaseDamagedException;
import org.tierdesk.store.DatabasePassword;
import org.tierdesk.store.PasswordRequiredException;
import org.tierdesk.store.WrongPasswordException;
import org.tierdesk.store.backup.BackupFile;
import org.tierdesk.store.backup.Backups;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.startup.BackupDescription;
import org.tierdesk.ui.startup.DataSafety;

/**
 * Settings → Backups: the rolling set with dates and sizes, a backup on demand, a restore (the current state backed
 * up first, the app reopened on the restored database), and the folder backups go to.
 */
public final class BackupsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(BackupsViewModel.class);

    /** How a restore ended: done, or the backup's password is needed (again), or it failed for a reason. */
    public enum Outcome { RESTORED, NEEDS_PASSWORD, WRONG_PASSWORD, FAILED }

    private final DataSafety safety;
    private final Messages messages;
    private final BackupDescription describe;
    private final ObservableList<BackupFile> backups = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper folder = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public BackupsViewModel(DataSafety safety, Messages messages) {
        this.safety = safety;
        this.messages = messages;
        this.describe = new BackupDescription(messages);
    }

    public ObservableList<BackupFile> backups() {
        return backups;
    }

    public ReadOnlyStringProperty folderProperty() {
        return folder.getReadOnlyProperty();
    }

    /** What the last action did, or why it failed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BackupDescription describe() {
        return describe;
    }

    public void refresh() {
        Backups set = safety.backups();
        folder.set(set.folder().toString());
        backups.setAll(set.list());
    }

    public void backUpNow() {
        try {
            BackupFile made = safety.backUpNow(Backups.MANUAL);
            status.set(messages.format("backups.made", describe.line(made)));
        } catch (RuntimeException e) {
            LOG.warn("Backup on demand failed", e);
            status.set(messages.format("backups.failed", e.getMessage()));
        }
        refresh();
    }

    /** Whether restoring {@code backup} needs a password the open database does not have. */
    public boolean needsOwnPassword(BackupFile backup) {
        return safety.isEncrypted(backup) && safety.database().password().isNone();
    }

    /** Restores with the database's own password (what a backup taken under it needs). */
    public Outcome restore(BackupFile backup) {
        return restore(backup, safety.database().password());
    }

    /** Restores {@code backup} opened with {@code backupPassword}; on success the app has reopened. */
    public Outcome restore(BackupFile backup, DatabasePassword backupPassword) {
        try {
            safety.restore(backup, backupPassword);
            LOG.info("Backup {} restored", backup.path());
            status.set(messages.format("backups.restored", describe.line(backup)));
            return Outcome.RESTORED;
        } catch (PasswordRequiredException e) {
            return Outcome.NEEDS_PASSWORD;
        } catch (WrongPasswordException e) {
            return backupPassword.isNone() ? Outcome.NEEDS_PASSWORD : Outcome.WRONG_PASSWORD;
        } catch (DatabaseDamagedException | IllegalArgumentException | IllegalStateException
                 | java.io.UncheckedIOException e) {
            LOG.warn("Restore of {} failed", backup.path(), e);
            status.set(messages.format("backups.restoreFailed", describe.line(backup)));
            return Outcome.FAILED;
        } finally {
            refresh();
        }
    }

    /** Sends backups to {@code chosen} from now on. */
    public void chooseFolder(Path chosen) {
        safety.chooseFolder(chosen);
        status.set(messages.format("backups.folderChosen", chosen));
        refresh();
    }

    public void useDataFolder() {
        safety.chooseFolder(null);
        status.set(messages.format("backups.folderChosen", safety.defaultFolder()));
        refresh();
    }

    public boolean usesDataFolder() {
        return safety.backups().folder().equals(safety.defaultFolder());
    }
}
