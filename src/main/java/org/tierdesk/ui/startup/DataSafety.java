package org.tierdesk.ui.startup;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.tierdesk.store.Database;
import org.tierdesk.store.DatabaseEncryption;
import org.tierdesk.store.DatabasePassword;
import org.tierdesk.store.backup.BackupFile;
import org.tierdesk.store.backup.BackupLocation;
import org.tierdesk.store.backup.Backups;
import org.tierdesk.store.backup.Restore;

/**
 * The safety net around the open database: backups, restores and password changes run one at a time on one
 * background thread, so the start-up backup never delays the first window and a restore never closes the
 * database under a backup that is still writing. A restore or a password change hands the reopened database to
 * the listener, which rebuilds the window on it.
 */
public final class DataSafety {
    private static final Logger LOG = LoggerFactory.getLogger(DataSafety.class);

    private final Path dataFolder;
    private volatile Database database;
    private volatile Consumer<Database> reopened = db -> { };
    private ScheduledExecutorService worker;
    private ScheduledFuture<?> pendingStartupBackup;

    public DataSafety(Database database) {
        this.database = database;
        this.dataFolder = database.folder();
    }

    public Database database() {
        return database;
    }

    public Path dataFolder() {
        return dataFolder;
    }

    /** Runs each time a restore or a password change replaced the database (on the caller's thread). */
    public void onReopen(Consumer<Database> listener) {
        this.reopened = listener;
    }

    /** The backup set in the folder the manager chose (read each time: the choice can change). */
    public Backups backups() {
        return Backups.of(dataFolder);
    }

    public List<BackupFile> list() {
        return backups().list();
    }

    /** Sends backups to {@code folder} from now on (null: the data folder's {@code backups/}). */
    public void chooseFolder(Path folder) {
        BackupLocation.choose(dataFolder, folder);
    }

    public Path defaultFolder() {
        return BackupLocation.defaultFolder(dataFolder);
    }

    /** The start-up backup, taken on the background thread after {@code delay} so the window comes first. */
    public synchronized void backUpLater(String reason, Duration delay) {
        pendingStartupBackup = worker().schedule(() -> {
            try {
                BackupFile made = backups().create(database, reason);
                LOG.info("Backup {} written ({} bytes)", made.path(), made.size());
            } catch (RuntimeException e) {
                LOG.warn("The {} backup failed: {}", reason, e.getMessage(), e);
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Backs up now (after any backup still running) and returns the new backup. */
    public BackupFile backUpNow(String reason) {
        return run(() -> backups().create(database, reason));
    }

    /**
     * Restores {@code backup} (opened with {@code backupPassword}; the restored database keeps the current
     * password), the current state backed up first, and hands the reopened database to the listener.
     */
    public Database restore(BackupFile backup, DatabasePassword backupPassword) {
        Database restored = run(() -> Restore.replace(database, backup.path(), backupPassword, backups()));
        return replaced(restored);
    }

    /** Sets, changes or removes (none) the password, after a backup under the old one. */
    public Database changePassword(DatabasePassword password) {
        Database changed = run(() -> {
            backups().create(database, Backups.BEFORE_PASSWORD_CHANGE);
            return DatabaseEncryption.change(database, password);
        });
        return replaced(changed);
    }

    /** Whether the backup needs a password other than none to open. */
    public boolean isEncrypted(BackupFile backup) {
        return Restore.isEncrypted(backup.path());
    }

    /** At exit: waits for a running backup, takes the exit backup, closes the database. */
    public synchronized void closeWithBackup(String reason) {
        if (pendingStartupBackup != null) {
            pendingStartupBackup.cancel(false);
        }
        try {
            BackupFile made = backUpNow(reason);
            LOG.info("Backup {} written ({} bytes)", made.path(), made.size());
        } catch (RuntimeException e) {
            LOG.warn("The {} backup failed: {}", reason, e.getMessage(), e);
        } finally {
            if (worker != null) {
                worker.shutdown();
            }
            database.close();
        }
    }

    private Database replaced(Database reopenedDatabase) {
        this.database = reopenedDatabase;
        reopened.accept(reopenedDatabase);
        return reopenedDatabase;
    }

    private <T> T run(Callable<T> work) {
        try {
            return worker().submit(work).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the backup", e);
        }
    }

    private synchronized ScheduledExecutorService worker() {
        if (worker == null) {
            worker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "tierdesk-backups");
                thread.setDaemon(true);
                return thread;
            });
        }
        return worker;
    }
}
