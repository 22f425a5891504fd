package org.tierdesk.store.backup;

import org.tierdesk.store.Database;
import org.tierdesk.store.DatabaseEncryption;
import org.tierdesk.store.DatabaseFile;
import org.tierdesk.store.DatabasePassword;
import org.tierdesk.store.PasswordRequiredException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Brings a backup back as the database. The backup is unpacked into a staging folder beside the database, opened
 * and migrated there (so a damaged backup or a wrong password stops here, with nothing changed), put under the
 * database's current password, and only then renamed over the database file in one atomic step.
 */
public final class Restore {
    private static final String ENTRY = Database.FILE_NAME + ".mv.db";

    private Restore() {
    }

    /**
     * Replaces the open {@code current} database with {@code backup} and returns the reopened database. The current
     * state is backed up first into {@code backups}. {@code backupPassword} opens the backup (the password the
     * database had when it was taken); the restored database keeps the current password.
     */
    public static Database replace(Database current, Path backup, DatabasePassword backupPassword, Backups backups) {
        Path folder = current.folder();
        Path staging = DatabaseEncryption.stagingFolder(folder, "restore");
        try {
            stage(backup, staging, backupPassword, current.password());
            backups.create(current, Backups.BEFORE_RESTORE);
            current.close();
            Files.move(DatabaseFile.path(staging), DatabaseFile.path(folder), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore " + backup + " into " + folder, e);
        } finally {
            DatabaseEncryption.deleteFolder(staging);
        }
        return Database.open(folder, current.password());
    }

    /**
     * Restores {@code backup} into a data folder whose database cannot be opened (damaged) or is missing. A file
     * already there is not overwritten: it is renamed with a timestamp and kept. Returns that renamed file, or null
     * when there was none. The restored database gets {@code password} (none: plain).
     */
    public static Path replaceUnreadable(Path dataFolder, Path backup, DatabasePassword backupPassword,
                                         DatabasePassword password) {
        Path folder = dataFolder.toAbsolutePath().normalize();
        Path staging = DatabaseEncryption.stagingFolder(folder, "restore");
        Path file = DatabaseFile.path(folder);
        try {
            stage(backup, staging, backupPassword, password);
            Path kept = null;
            if (Files.exists(file)) {
                kept = folder.resolve(Database.FILE_NAME + "-damaged-"
                        + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(LocalDateTime.now()) + ".mv.db");
                Files.move(file, kept, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(DatabaseFile.path(staging), file, StandardCopyOption.ATOMIC_MOVE);
            return kept;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore " + backup + " into " + folder, e);
        } finally {
            DatabaseEncryption.deleteFolder(staging);
        }
    }

    /** Whether a backup holds an encrypted database (then its password is needed to restore it). */
    public static boolean isEncrypted(Path backup) {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(ENTRY)) {
                    return DatabaseFile.ofHeader(zip.readNBytes(16)) == DatabaseFile.ENCRYPTED;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the backup " + backup, e);
        }
        throw notABackup(backup);
    }

    private static void stage(Path backup, Path staging, DatabasePassword backupPassword, DatabasePassword target)
            throws IOException {
        Files.createDirectories(staging);
        unpack(backup, DatabaseFile.path(staging));
        DatabaseFile kind = DatabaseFile.of(staging);
        if (kind == DatabaseFile.ENCRYPTED && backupPassword.isNone()) {
            throw new PasswordRequiredException(backup);
        }
        DatabasePassword opened = kind == DatabaseFile.ENCRYPTED ? backupPassword : DatabasePassword.none();
        Database.open(staging, opened).close();
        DatabaseEncryption.reencrypt(staging, opened, target);
    }

    private static void unpack(Path backup, Path file) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                // only the one known entry, to a path chosen here: a crafted zip cannot write elsewhere
                if (entry.getName().equals(ENTRY)) {
                    try (InputStream in = zip) {
                        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                    }
                    return;
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw notABackup(backup);
        }
        throw notABackup(backup);
    }

    private static IllegalArgumentException notABackup(Path backup) {
        return new IllegalArgumentException(backup + " is not a TierDesk backup (no " + ENTRY + " inside)");
    }
}
