package org.tierdesk.cli;

import org.tierdesk.store.Database;
import org.tierdesk.store.DatabaseDamagedException;
import org.tierdesk.store.DatabaseFile;
import org.tierdesk.store.DatabasePassword;
import org.tierdesk.store.backup.BackupFile;
import org.tierdesk.store.backup.Backups;
import org.tierdesk.store.backup.Restore;
import org.tierdesk.store.instance.InstanceGuard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code tierdesk restore FILE}: makes a backup the database again. The current database is backed up first; a
 * damaged one is kept under a timestamped name instead.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restores a backup (see `tierdesk backup --list`) as the database, after backing up the "
                + "current one; a damaged database file is kept under a timestamped name.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:restored", "1:the data folder is in use, or the backup cannot be restored",
                "2:a bad option, not a backup, or a wrong password"})
final class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataFolderOptions data;

    @Parameters(index = "0", paramLabel = "FILE", description = "the backup file (.zip)")
    Path backup;

    @Option(names = "--backup-password", arity = "0..1", interactive = true, paramLabel = "PASSWORD",
            description = "the password the database had when the backup was taken (default: --password)")
    char[] backupPassword;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path folder = data.folder();
        if (!Files.isRegularFile(backup)) {
            err.println(backup + ": no such backup file.");
            return OpenRefusal.BAD_INPUT;
        }
        DatabasePassword password = data.databasePassword();
        DatabasePassword fromBackup = backupPassword == null ? password : DatabasePassword.of(backupPassword);
        try (InstanceGuard guard = InstanceGuard.acquire(folder, () -> { })) {
            if (DatabaseFile.of(folder) == DatabaseFile.ABSENT) {
                Restore.replaceUnreadable(folder, backup, fromBackup, password);
                out.println("Restored " + backup + " into " + folder + ".");
                return 0;
            }
            Database current;
            try {
                current = Database.open(folder, password);
            } catch (DatabaseDamagedException damaged) {
                Path kept = Restore.replaceUnreadable(folder, backup, fromBackup, password);
                out.println("Restored " + backup + "; the damaged database was kept as " + kept + ".");
                return 0;
            }
            Backups backups = Backups.of(folder);
            Database restoredDatabase;
            try {
                restoredDatabase = Restore.replace(current, backup, fromBackup, backups);
            } catch (RuntimeException refused) {
                current.close();
                throw refused;
            }
            try (Database restored = restoredDatabase) {
                BackupFile safety = backups.latest().orElseThrow();
                out.println("Restored " + backup + "; the database as it was is backed up in " + safety.path() + ".");
            }
            return 0;
        } catch (IllegalArgumentException notABackup) {
            err.println(notABackup.getMessage());
            return OpenRefusal.BAD_INPUT;
        } catch (RuntimeException e) {
            return OpenRefusal.report(e, folder, err);
        }
    }
}
