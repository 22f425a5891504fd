package org.tierdesk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tierdesk.store.Database;
import org.tierdesk.store.DatabaseFile;
import org.tierdesk.store.DatabasePassword;
import org.tierdesk.store.backup.BackupFile;
import org.tierdesk.store.backup.Backups;
import org.tierdesk.store.instance.InstanceGuard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierdesk.store.jooq.Tables.SETTINGS;

class BackupCommandTest {

    @Test
    void backupWritesABackupIntoTheDataFoldersBackupsAndListsIt(@TempDir Path dir) {
        seed(dir, DatabasePassword.none(), "kept");

        CliRun made = CliRun.of("backup", "--data-dir", dir.toString());
        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(made.out()).startsWith("Backed up to " + dir.resolve("backups"));

        List<BackupFile> backups = Backups.of(dir).list();
        assertThat(backups).hasSize(1).first().extracting(BackupFile::reason).isEqualTo("manual");
        CliRun listed = CliRun.of("backup", "--list", "--data-dir", dir.toString());
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out()).contains("manual", backups.get(0).path().toString(), " KB");
    }

    @Test
    void restorePutsTheBackupBackAndKeepsTheCurrentStateAsABackup(@TempDir Path dir) {
        seed(dir, DatabasePassword.none(), "old");
        CliRun.of("backup", "--data-dir", dir.toString());
        Path old = Backups.of(dir).latest().orElseThrow().path();
        seed(dir, DatabasePassword.none(), "new");

        CliRun restored = CliRun.of("restore", old.toString(), "--data-dir", dir.toString());

        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("before-restore");
        assertThat(note(dir, DatabasePassword.none())).isEqualTo("old");
        assertThat(Backups.of(dir).list()).extracting(BackupFile::reason).contains("before-restore", "manual");
    }

    @Test
    void restoreOverADamagedDatabaseKeepsTheDamagedFile(@TempDir Path dir) throws Exception {
        seed(dir, DatabasePassword.none(), "good");
        CliRun.of("backup", "--data-dir", dir.toString());
        Files.writeString(DatabaseFile.path(dir), "garbage");

        CliRun refused = CliRun.of("backup", "--data-dir", dir.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("is damaged", "tierdesk restore FILE");

        CliRun restored = CliRun.of("restore", Backups.of(dir).latest().orElseThrow().path().toString(),
                "--data-dir", dir.toString());
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("the damaged database was kept as");
        assertThat(note(dir, DatabasePassword.none())).isEqualTo("good");
    }

    @Test
    void anEncryptedDatabaseNeedsItsPasswordOnTheCommandLine(@TempDir Path dir) {
        seed(dir, DatabasePassword.of("pw"), "secret");

        CliRun without = CliRun.of("backup", "--data-dir", dir.toString());
        assertThat(without.exitCode()).isEqualTo(2);
        assertThat(without.err()).contains("protected by a password", "--password");
        CliRun wrong = CliRun.of("backup", "--data-dir", dir.toString(), "--password=nope");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("The password does not open");
        CliRun right = CliRun.of("backup", "--data-dir", dir.toString(), "--password=pw");
        assertThat(right.exitCode()).as(right.err()).isZero();
    }

    @Test
    void aRunningTierDeskIsNotBackedUpBehindItsBack(@TempDir Path dir) {
        seed(dir, DatabasePassword.none(), "x");
        try (InstanceGuard running = InstanceGuard.acquire(dir, () -> { })) {
            CliRun refused = CliRun.of("backup", "--data-dir", dir.toString());
            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err()).contains("TierDesk is already running on this data folder");
        }
    }

    @Test
    void restoringSomethingThatIsNotABackupChangesNothing(@TempDir Path dir) throws Exception {
        seed(dir, DatabasePassword.none(), "stays");
        Path notABackup = Files.writeString(dir.resolve("notes.zip"), "hello");

        CliRun refused = CliRun.of("restore", notABackup.toString(), "--data-dir", dir.toString());

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("is not a TierDesk backup");
        assertThat(note(dir, DatabasePassword.none())).isEqualTo("stays");
    }

    private static void seed(Path dir, DatabasePassword password, String note) {
        try (Database db = Database.open(dir, password)) {
            db.inTransaction(cfg -> {
                cfg.dsl().deleteFrom(SETTINGS).where(SETTINGS.SETTING_KEY.eq("note")).execute();
                cfg.dsl().insertInto(SETTINGS).set(SETTINGS.SETTING_KEY, "note").set(SETTINGS.SETTING_VALUE, note)
                        .execute();
            });
        }
    }

    private static String note(Path dir, DatabasePassword password) {
        try (Database db = Database.open(dir, password)) {
            return db.dsl().select(SETTINGS.SETTING_VALUE).from(SETTINGS).where(SETTINGS.SETTING_KEY.eq("note"))
                    .fetchOne(SETTINGS.SETTING_VALUE);
        }
    }
}
