package org.tierdesk.store.backup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tierdesk.store.Database;
import org.tierdesk.store.DatabaseDamagedException;
import org.tierdesk.store.DatabaseEncryption;
import org.tierdesk.store.DatabaseFile;
import org.tierdesk.store.DatabasePassword;
import org.tierdesk.store.PasswordRequiredException;
import org.tierdesk.store.WrongPasswordException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tierdesk.store.jooq.Tables.SETTINGS;

class BackupsTest {
    private static final String SECRET = "Margin agreed with Romashka: 31%";

    @Test
    void aBackupIsListedWithItsDateReasonAndSize(@TempDir Path dir) {
        Backups backups = new Backups(dir.resolve("backups"), fixed("2026-11-23T10:15:30.250Z"));
        try (Database db = Database.open(dir.resolve("data"))) {
            put(db, "language", "ru");
            BackupFile made = backups.create(db, Backups.MANUAL);

            assertThat(backups.list()).containsExactly(made);
            assertThat(made.taken()).isEqualTo(LocalDateTime.of(2026, 11, 23, 10, 15, 30, 250_000_000));
            assertThat(made.reason()).isEqualTo("manual");
            assertThat(made.size()).isPositive().isEqualTo(sizeOf(made.path()));
            assertThat(made.path().getFileName().toString()).isEqualTo("tierdesk-2026-11-23T10-15-30-250-manual.zip");
        }
    }

    @Test
    void backingUpAgainAndAgainKeepsTheRollingSetOnly(@TempDir Path dir) {
        Path folder = dir.resolve("backups");
        try (Database db = Database.open(dir.resolve("data"))) {
            for (int i = 0; i < 14; i++) {
                new Backups(folder, fixed(Instant.parse("2026-11-01T00:00:00Z").plusSeconds(60L * i).toString()))
                        .create(db, Backups.STARTUP);
            }
        }
        List<BackupFile> kept = new Backups(folder).list();
        assertThat(kept).hasSize(10);
        assertThat(kept.get(0).taken()).isEqualTo(LocalDateTime.of(2026, 11, 1, 0, 13));
    }

    @Test
    void restoringBringsBackTheOldStateAndBacksUpTheCurrentOneFirst(@TempDir Path dir) {
        Path data = dir.resolve("data");
        Backups backups = new Backups(dir.resolve("backups"));
        Database db = Database.open(data);
        put(db, "note", "before");
        BackupFile old = backups.create(db, Backups.MANUAL);
        put(db, "note", "after");

        Database restored = Restore.replace(db, old.path(), DatabasePassword.none(), backups);
        try (restored) {
            assertThat(get(restored, "note")).isEqualTo("before");
        }
        BackupFile safety = backups.list().get(0);
        assertThat(safety.reason()).isEqualTo(Backups.BEFORE_RESTORE);
        Path check = dir.resolve("check");
        Restore.replaceUnreadable(check, safety.path(), DatabasePassword.none(), DatabasePassword.none());
        try (Database again = Database.open(check)) {
            assertThat(get(again, "note")).isEqualTo("after");
        }
    }

    @Test
    void aDamagedDatabaseIsKeptUnderATimestampedNameWhenTheLatestBackupIsRestored(@TempDir Path dir)
            throws Exception {
        Path data = dir.resolve("data");
        Backups backups = new Backups(dir.resolve("backups"));
        try (Database db = Database.open(data)) {
            put(db, "note", "good");
            backups.create(db, Backups.EXIT);
        }
        byte[] damaged = "this is not a database any more".getBytes(StandardCharsets.UTF_8);
        Files.write(DatabaseFile.path(data), damaged);
        assertThatThrownBy(() -> Database.open(data)).isInstanceOf(DatabaseDamagedException.class);

        Path kept = Restore.replaceUnreadable(data, backups.latest().orElseThrow().path(), DatabasePassword.none(),
                DatabasePassword.none());

        assertThat(kept.getFileName().toString()).matches("tierdesk-damaged-\\d{8}-\\d{6}\\.mv\\.db");
        assertThat(Files.readAllBytes(kept)).isEqualTo(damaged);
        try (Database db = Database.open(data)) {
            assertThat(get(db, "note")).isEqualTo("good");
        }
    }

    @Test
    void aDamagedBackupIsRefusedAndTheDatabaseStaysAsItWas(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Backups backups = new Backups(dir.resolve("backups"));
        Database db = Database.open(data);
        put(db, "note", "current");
        BackupFile backup = backups.create(db, Backups.MANUAL);
        byte[] whole = Files.readAllBytes(backup.path());
        Files.write(backup.path(), java.util.Arrays.copyOf(whole, whole.length / 3));

        assertThatThrownBy(() -> Restore.replace(db, backup.path(), DatabasePassword.none(), backups))
                .isInstanceOf(RuntimeException.class);
        assertThat(get(db, "note")).isEqualTo("current");
        db.close();
        assertThat(Files.list(data).map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".staging"));
    }

    @Test
    void theBackupOfAnEncryptedDatabaseIsEncryptedAndNeedsThePassword(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Backups backups = new Backups(dir.resolve("backups"));
        DatabasePassword password = DatabasePassword.of("tiers are secret");
        Database db = Database.open(data, password);
        put(db, "note", SECRET);
        BackupFile backup = backups.create(db, Backups.MANUAL);
        put(db, "note", "changed");

        assertThat(Restore.isEncrypted(backup.path())).isTrue();
        assertThat(unzipped(backup.path())).doesNotContain(SECRET);
        assertThatThrownBy(() -> Restore.replace(db, backup.path(), DatabasePassword.none(), backups))
                .isInstanceOf(PasswordRequiredException.class);
        assertThatThrownBy(() -> Restore.replace(db, backup.path(), DatabasePassword.of("tiers are secreT"), backups))
                .isInstanceOf(WrongPasswordException.class);
        assertThat(get(db, "note")).isEqualTo("changed");

        try (Database restored = Restore.replace(db, backup.path(), password, backups)) {
            assertThat(get(restored, "note")).isEqualTo(SECRET);
        }
        assertThat(DatabaseFile.of(data)).isEqualTo(DatabaseFile.ENCRYPTED);
    }

    @Test
    void aPasswordCanBeSetChangedAndRemoved(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Database db = Database.open(data);
        put(db, "note", SECRET);

        db = DatabaseEncryption.change(db, DatabasePassword.of("first"));
        assertThat(DatabaseFile.of(data)).isEqualTo(DatabaseFile.ENCRYPTED);
        assertThat(get(db, "note")).isEqualTo(SECRET);
        db = DatabaseEncryption.change(db, DatabasePassword.of("second one"));
        db.close();
        assertThatThrownBy(() -> Database.open(data, DatabasePassword.of("first")))
                .isInstanceOf(WrongPasswordException.class);
        db = Database.open(data, DatabasePassword.of("second one"));
        db = DatabaseEncryption.change(db, DatabasePassword.none());
        db.close();

        assertThat(DatabaseFile.of(data)).isEqualTo(DatabaseFile.PLAIN);
        try (Database plain = Database.open(data)) {
            assertThat(get(plain, "note")).isEqualTo(SECRET);
        }
    }

    @Test
    void aPlainBackupRestoredIntoAnEncryptedDatabaseTakesItsPassword(@TempDir Path dir) {
        Path data = dir.resolve("data");
        Backups backups = new Backups(dir.resolve("backups"));
        Database db = Database.open(data);
        put(db, "note", "plain days");
        BackupFile plain = backups.create(db, Backups.MANUAL);
        db = DatabaseEncryption.change(db, DatabasePassword.of("now protected"));

        try (Database restored = Restore.replace(db, plain.path(), DatabasePassword.none(), backups)) {
            assertThat(get(restored, "note")).isEqualTo("plain days");
        }
        assertThat(DatabaseFile.of(data)).isEqualTo(DatabaseFile.ENCRYPTED);
    }

    @Test
    void theChosenBackupFolderIsRememberedBesideTheDatabase(@TempDir Path dir) {
        Path data = dir.resolve("data");
        assertThat(BackupLocation.of(data)).isEqualTo(data.resolve("backups"));
        BackupLocation.choose(data.toAbsolutePath(), dir.resolve("usb stick"));
        assertThat(BackupLocation.of(data)).isEqualTo(dir.resolve("usb stick").toAbsolutePath());
        BackupLocation.choose(data, null);
        assertThat(BackupLocation.of(data)).isEqualTo(data.resolve("backups").toAbsolutePath());
    }

    private static String unzipped(Path zip) throws Exception {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            in.getNextEntry();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Clock fixed(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    static void put(Database db, String key, String value) {
        db.inTransaction(cfg -> {
            cfg.dsl().deleteFrom(SETTINGS).where(SETTINGS.SETTING_KEY.eq(key)).execute();
            cfg.dsl().insertInto(SETTINGS).set(SETTINGS.SETTING_KEY, key).set(SETTINGS.SETTING_VALUE, value).execute();
        });
    }

    static String get(Database db, String key) {
        return db.dsl().select(SETTINGS.SETTING_VALUE).from(SETTINGS).where(SETTINGS.SETTING_KEY.eq(key))
                .fetchOne(SETTINGS.SETTING_VALUE);
    }
}
