package org.tierdesk.ui.startup;

import java.nio.file.Path;

import org.tierdesk.store.Database;
import org.tierdesk.store.DatabaseDamagedException;
import org.tierdesk.store.DatabaseInUseException;
import org.tierdesk.store.DatabasePassword;
import org.tierdesk.store.FileDamage;
import org.tierdesk.store.PasswordRequiredException;
import org.tierdesk.store.WrongPasswordException;

/** What came of one try to open the data folder's database, each outcome one the start-up can answer. */
public sealed interface OpenAttempt {
    record Opened(Database database, DatabasePassword password) implements OpenAttempt {
    }

    /** The file is encrypted: ask for the password ({@code wrong}: the one given did not open it). */
    record NeedsPassword(Path file, boolean wrong) implements OpenAttempt {
    }

    record Damaged(Path file, FileDamage damage, String reason) implements OpenAttempt {
    }

    /** Another program (not a TierDesk holding the instance guard) has the file open. */
    record InUse(Path folder) implements OpenAttempt {
    }

    /** Tries {@code password} (none for a plain file) on the database in {@code folder}. */
    static OpenAttempt of(Path folder, DatabasePassword password) {
        try {
            return new Opened(Database.open(folder, password), password);
        } catch (PasswordRequiredException e) {
            return new NeedsPassword(e.file(), false);
        } catch (WrongPasswordException e) {
            return new NeedsPassword(e.file(), true);
        } catch (DatabaseDamagedException e) {
            return new Damaged(e.file(), e.damage(), e.reason());
        } catch (DatabaseInUseException e) {
            return new InUse(e.folder());
        }
    }
}
