package org.tierdesk.cli;

import org.tierdesk.store.Database;
import org.tierdesk.store.DatabaseFile;
import org.tierdesk.store.backup.BackupFile;
import org.tierdesk.store.backup.Backups;
import org.tierdesk.store.instance.InstanceGuard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code tierdesk backup}: backs the data folder's database up now, or lists the backups. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Backs the database up now into the backup folder (the data folder's backups/ unless another "
                + "was chosen in Settings), keeping the last 10 and one a month for a year.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:backed up (or listed)", "1:the database cannot be opened (in use, damaged, none yet)",
                "2:a bad option or a wrong password"})
final class BackupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataFolderOptions data;

    @Option(names = "--list", description = "list the backups (newest first) instead of making one")
    boolean list;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path folder = data.folder();
        Backups backups = Backups.of(folder);
        if (list) {
            List<BackupFile> all = backups.list();
            if (all.isEmpty()) {
                out.println("No backups in " + backups.folder());
            }
            all.forEach(backup -> out.println(BackupListing.line(backup)));
            return 0;
        }
        if (DatabaseFile.of(folder) == DatabaseFile.ABSENT) {
            err.println("There is no database in " + folder + " yet: nothing to back up.");
            return OpenRefusal.CANNOT_OPEN;
        }
        try (InstanceGuard guard = InstanceGuard.acquire(folder, () -> { });
             Database database = Database.open(folder, data.databasePassword())) {
            BackupFile made = backups.create(database, Backups.MANUAL);
            out.println("Backed up to " + made.path() + " (" + BackupListing.size(made.size()) + ")");
            return 0;
        } catch (RuntimeException e) {
            return OpenRefusal.report(e, folder, err);
        }
    }
}
