package org.tierdesk.store;

import java.nio.file.Path;

/** Another TierDesk (or another program) has the database in this data folder open. */
public final class DatabaseInUseException extends RuntimeException {
    private final Path folder;

    public DatabaseInUseException(Path folder, Throwable cause) {
        super("the database in " + folder + " is already open in another TierDesk window or program", cause);
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
