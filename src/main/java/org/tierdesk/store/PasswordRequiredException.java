package org.tierdesk.store;

import java.nio.file.Path;

/** The database file is encrypted and was opened without a password: ask the manager for it. */
public final class PasswordRequiredException extends RuntimeException {
    private final Path file;

    public PasswordRequiredException(Path file) {
        super("the database file " + file + " is protected by a password: enter it to open the database");
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
