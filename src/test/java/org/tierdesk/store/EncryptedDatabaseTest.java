package org.tierdesk.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tierdesk.store.jooq.Tables.SETTINGS;

class EncryptedDatabaseTest {
    private static final String SECRET = "Partner notes nobody else may read";

    @Test
    void aDatabaseCreatedWithAPasswordKeepsNoReadableTextOnDisk(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(dir, DatabasePassword.of("correct horse battery"))) {
            putNote(db);
        }
        assertThat(DatabaseFile.of(dir)).isEqualTo(DatabaseFile.ENCRYPTED);
        assertThat(new String(Files.readAllBytes(DatabaseFile.path(dir)), StandardCharsets.ISO_8859_1))
                .doesNotContain(SECRET);
        try (Database db = Database.open(dir, DatabasePassword.of("correct horse battery"))) {
            assertThat(note(db)).isEqualTo(SECRET);
        }
    }

    @Test
    void openingAnEncryptedDatabaseWithoutAPasswordAsksForIt(@TempDir Path dir) {
        try (Database db = Database.open(dir, DatabasePassword.of("s3cret"))) {
            putNote(db);
        }
        assertThatThrownBy(() -> Database.open(dir)).isInstanceOf(PasswordRequiredException.class)
                .hasMessageContaining("protected by a password");
    }

    @Test
    void aWrongPasswordGetsAClearMessageAndChangesNothing(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(dir, DatabasePassword.of("s3cret"))) {
            putNote(db);
        }
        byte[] before = Files.readAllBytes(DatabaseFile.path(dir));
        assertThatThrownBy(() -> Database.open(dir, DatabasePassword.of("s3cre7")))
                .isInstanceOf(WrongPasswordException.class)
                .hasMessageContaining("the password does not open");
        assertThat(Files.readAllBytes(DatabaseFile.path(dir))).isEqualTo(before);
    }

    @Test
    void aPlainDatabaseOpensWhateverPasswordIsOffered(@TempDir Path dir) {
        try (Database db = Database.open(dir)) {
            putNote(db);
        }
        try (Database db = Database.open(dir, DatabasePassword.of("unused"))) {
            assertThat(note(db)).isEqualTo(SECRET);
            assertThat(db.password().isNone()).isTrue();
        }
    }

    static void putNote(Database db) {
        db.inTransaction(cfg -> cfg.dsl().insertInto(SETTINGS).set(SETTINGS.SETTING_KEY, "note")
                .set(SETTINGS.SETTING_VALUE, SECRET).execute());
    }

    static String note(Database db) {
        return db.dsl().select(SETTINGS.SETTING_VALUE).from(SETTINGS).where(SETTINGS.SETTING_KEY.eq("note"))
                .fetchOne(SETTINGS.SETTING_VALUE);
    }
}
