package org.tierdesk.cli;

import org.tierdesk.store.DataFolder;
import org.tierdesk.store.DatabasePassword;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options every command on a manager's data folder takes: which folder, and its password if it has one. */
final class DataFolderOptions {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "the data folder (default: $TIERDESK_HOME, else the per-user data folder)")
    String dataDir;

    @Option(names = "--password", arity = "0..1", interactive = true, paramLabel = "PASSWORD",
            description = "the database password, if it is protected by one (asked for when given no value)")
    char[] password;

    Path folder() {
        return DataFolder.resolve(dataDir);
    }

    DatabasePassword databasePassword() {
        return DatabasePassword.of(password);
    }
}
