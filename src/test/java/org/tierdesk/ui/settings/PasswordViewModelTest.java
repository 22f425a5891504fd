package org.tierdesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tierdesk.store.Database;
import org.tierdesk.store.DatabaseFile;
import org.tierdesk.store.DatabasePassword;
import org.tierdesk.store.backup.BackupFile;
import org.tierdesk.store.backup.Backups;
import org.tierdesk.store.backup.Restore;
import org.tierdesk.ui.Language;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.startup.DataSafety;

/** Settings → Password as a plain object: set, change and remove, each checked on the file itself. */
class PasswordViewModelTest {
    @TempDir
    Path dir;
    private DataSafety safety;

    @AfterEach
    void close() {
        if (safety != null) {
            safety.database().close();
        }
    }

    @Test
    void aPasswordIsSetChangedAndRemovedAndTheFileFollows() {
        safety = new DataSafety(Database.open(dir));
        Messages messages = new Messages(Language.ENGLISH);

        PasswordViewModel set = new PasswordViewModel(safety, messages);
        assertThat(set.isProtected()).isFalse();
        set.newProperty().set("first secret");
        set.repeatProperty().set("first secret");
        assertThat(set.setPassword()).isTrue();
        assertThat(DatabaseFile.of(dir)).isEqualTo(DatabaseFile.ENCRYPTED);
        assertThat(safety.database().password().sameAs(DatabasePassword.of("first secret"))).isTrue();

        PasswordViewModel change = new PasswordViewModel(safety, messages);
        assertThat(change.isProtected()).isTrue();
        change.currentProperty().set("first secret");
        change.newProperty().set("second secret");
        change.repeatProperty().set("second secret");
        assertThat(change.setPassword()).isTrue();
        assertThat(safety.database().password().sameAs(DatabasePassword.of("second secret"))).isTrue();
        BackupFile taken = safety.backUpNow(Backups.MANUAL);
        assertThat(Restore.isEncrypted(taken.path())).as("a backup of the protected database").isTrue();

        PasswordViewModel remove = new PasswordViewModel(safety, messages);
        remove.currentProperty().set("second secret");
        assertThat(remove.removePassword()).isTrue();
        assertThat(DatabaseFile.of(dir)).isEqualTo(DatabaseFile.PLAIN);
        assertThat(safety.list()).extracting(BackupFile::reason).contains(Backups.BEFORE_PASSWORD_CHANGE);
    }

    @Test
    void aWrongCurrentPasswordAShortOneAndAMismatchAreRefusedAndChangeNothing() {
        safety = new DataSafety(Database.open(dir, DatabasePassword.of("old secret")));
        PasswordViewModel model = new PasswordViewModel(safety, new Messages(Language.ENGLISH));

        model.currentProperty().set("not it");
        model.newProperty().set("new secret");
        model.repeatProperty().set("new secret");
        assertThat(model.setPassword()).isFalse();
        assertThat(model.problemProperty().get()).isEqualTo("The current password is not right.");
        assertThat(model.removePassword()).isFalse();

        model.currentProperty().set("old secret");
        model.newProperty().set("short");
        model.repeatProperty().set("short");
        assertThat(model.setPassword()).isFalse();
        assertThat(model.problemProperty().get()).contains("at least 6 characters");

        model.newProperty().set("new secret");
        model.repeatProperty().set("new secrets");
        assertThat(model.setPassword()).isFalse();
        assertThat(model.problemProperty().get()).contains("not the same");

        assertThat(safety.database().password().sameAs(DatabasePassword.of("old secret"))).isTrue();
        assertThat(safety.list()).isEmpty();
    }
}
