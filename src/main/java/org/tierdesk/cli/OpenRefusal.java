package org.tierdesk.cli;

import org.tierdesk.store.DatabaseDamagedException;
import org.tierdesk.store.DatabaseInUseException;
import org.tierdesk.store.PasswordRequiredException;
import org.tierdesk.store.WrongPasswordException;
import org.tierdesk.store.instance.AlreadyRunningException;

import java.io.PrintWriter;
import java.nio.file.Path;

/** What a command says when the data folder's database cannot be used, and the exit status that goes with it. */
final class OpenRefusal {
    static final int CANNOT_OPEN = 1;
    static final int BAD_INPUT = 2;

    private OpenRefusal() {
    }

    static int report(RuntimeException failure, Path folder, PrintWriter err) {
        switch (failure) {
            case AlreadyRunningException e -> {
                err.println(e.getMessage() + ": use Settings \u2192 Backups there, or close it first.");
                return CANNOT_OPEN;
            }
            case DatabaseInUseException e -> {
                err.println("Another program has the database in " + folder + " open: close it first.");
                return CANNOT_OPEN;
            }
            case DatabaseDamagedException e -> {
                err.println("The database file " + e.file() + " is damaged: restore a backup with "
                        + "`tierdesk restore FILE` (the damaged file is kept); `tierdesk backup --list` lists them.");
                return CANNOT_OPEN;
            }
            case PasswordRequiredException e -> {
                err.println(e.file() + " is protected by a password: add --password (for a backup taken under "
                        + "another password, --backup-password).");
                return BAD_INPUT;
            }
            case WrongPasswordException e -> {
                err.println("The password does not open " + e.file() + ".");
                return BAD_INPUT;
            }
            default -> throw failure;
        }
    }
}
