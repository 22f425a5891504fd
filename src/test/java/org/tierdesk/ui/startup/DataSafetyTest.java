package org.tierdesk.ui.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tierdesk.store.Database;
import org.tierdesk.store.backup.BackupFile;
import org.tierdesk.store.backup.Backups;

/** The background backups around the open database: the start-up one off the caller's thread, the exit one last. */
class DataSafetyTest {
    @TempDir
    Path dir;

    @Test
    void theStartupBackupIsTakenInTheBackgroundAfterItsDelay() throws Exception {
        DataSafety safety = new DataSafety(Database.open(dir));
        safety.backUpLater(Backups.STARTUP, Duration.ofMillis(200));

        assertThat(safety.list()).as("not yet: the window comes first").isEmpty();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (safety.list().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(safety.list()).extracting(BackupFile::reason).containsExactly(Backups.STARTUP);
        safety.closeWithBackup(Backups.EXIT);
    }

    @Test
    void atExitAPendingStartupBackupIsDroppedTheExitOneTakenAndTheDatabaseClosed() {
        Database database = Database.open(dir);
        DataSafety safety = new DataSafety(database);
        safety.backUpLater(Backups.STARTUP, Duration.ofMinutes(10));

        safety.closeWithBackup(Backups.EXIT);

        assertThat(safety.list()).extracting(BackupFile::reason).containsExactly(Backups.EXIT);
        assertThatThrownBy(() -> database.dsl().fetchOne("select 1")).as("closed").isInstanceOf(Exception.class);
        Database.open(dir).close();
    }
}
