package org.tierdesk.store;

import java.nio.file.Path;

/** The database file exists but H2 cannot read it (truncated, overwritten, not a database). Nothing was changed. */
public final class DatabaseDamagedException extends RuntimeException {
    private final Path file;
    private final FileDamage damage;
    private final String reason;

    public DatabaseDamagedException(Path file, FileDamage damage, String reason, Throwable cause) {
        super("the database file " + file + " is damaged (" + reason + "); it was left as it is: restore the latest "
                + "good backup (the damaged file is kept beside it)", cause);
        this.file = file;
        this.damage = damage;
        this.reason = reason;
    }

    /** What kind of damage, for the manager's words. */
    public FileDamage damage() {
        return damage;
    }

    /** What is wrong with the file, in a few words (for a message that names the file itself). */
    public String reason() {
        return reason;
    }

    public Path file() {
        return file;
    }
}
