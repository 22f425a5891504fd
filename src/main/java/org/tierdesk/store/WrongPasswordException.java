package org.tierdesk.store;

import java.nio.file.Path;

/** The password does not decrypt the database file (or the backup). Nothing was changed. */
public final class WrongPasswordException extends RuntimeException {
    private final Path file;

    public WrongPasswordException(Path file, Throwable cause) {
        super("the password does not open " + file + ": check it and try again", cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
