package org.tierdesk.ui.settings;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.tierdesk.store.DatabasePassword;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.startup.DataSafety;

/**
 * Settings → Password: protects the database file with a password (H2's AES encryption), changes it or removes
 * it. The current password must be typed to change or remove it; the database is backed up under the old one
 * first, and the app reopens on the re-encrypted file.
 */
public final class PasswordViewModel {
    static final int MIN_LENGTH = 6;
    private static final Logger LOG = LoggerFactory.getLogger(PasswordViewModel.class);

    private final DataSafety safety;
    private final Messages messages;
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty chosen = new SimpleStringProperty("");
    private final StringProperty repeated = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public PasswordViewModel(DataSafety safety, Messages messages) {
        this.safety = safety;
        this.messages = messages;
    }

    public boolean isProtected() {
        return !safety.database().password().isNone();
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty newProperty() {
        return chosen;
    }

    public StringProperty repeatProperty() {
        return repeated;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Sets the new password (or changes the current one); false with the problem when refused. */
    public boolean setPassword() {
        if (!currentIsRight()) {
            return false;
        }
        String typed = chosen.get();
        if (typed.length() < MIN_LENGTH) {
            problem.set(messages.format("passwordSettings.tooShort", MIN_LENGTH));
            return false;
        }
        if (!typed.equals(repeated.get())) {
            problem.set(messages.get("passwordSettings.mismatch"));
            return false;
        }
        return apply(DatabasePassword.of(typed));
    }

    /** Removes the password; false with the problem when the current one was not typed right. */
    public boolean removePassword() {
        return currentIsRight() && apply(DatabasePassword.none());
    }

    private boolean currentIsRight() {
        if (isProtected() && !safety.database().password().sameAs(DatabasePassword.of(current.get()))) {
            problem.set(messages.get("passwordSettings.currentWrong"));
            return false;
        }
        return true;
    }

    private boolean apply(DatabasePassword password) {
        try {
            safety.changePassword(password);
            problem.set("");
            clear();
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Password change failed", e);
            problem.set(messages.format("passwordSettings.failed", e.getMessage()));
            return false;
        }
    }

    private void clear() {
        current.set("");
        chosen.set("");
        repeated.set("");
    }
}
