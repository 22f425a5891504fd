package org.tierdesk.store;

import org.h2.tools.ChangeFileEncryption;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * Sets, changes or removes the password of a database file. The file is re-encrypted as a copy in a staging folder,
 * the copy is opened with the new password to prove it, and only then renamed over the original: a crash or a
 * failure at any point leaves the original file as it was.
 */
public final class DatabaseEncryption {
    private static final String CIPHER = "AES";

    private DatabaseEncryption() {
    }

    /**
     * Re-encrypts the open {@code database} under {@code newPassword} (none: decrypted) and returns it reopened.
     * The caller has backed it up first; {@code database} is closed by this call.
     */
    public static Database change(Database database, DatabasePassword newPassword) {
        Path folder = database.folder();
        DatabasePassword oldPassword = database.password();
        Path staging = stagingFolder(folder, "password");
        try {
            database.close();
            Files.createDirectories(staging);
            Files.copy(DatabaseFile.path(folder), DatabaseFile.path(staging));
            reencrypt(staging, oldPassword, newPassword);
            Files.move(DatabaseFile.path(staging), DatabaseFile.path(folder), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot change the password of the database in " + folder, e);
        } finally {
            deleteFolder(staging);
        }
        return Database.open(folder, newPassword);
    }

    /**
     * Re-encrypts the closed database file in {@code folder} from one password to another and proves it opens with
     * the new one.
     */
    public static void reencrypt(Path folder, DatabasePassword from, DatabasePassword to) {
        if (from.isNone() && to.isNone()) {
            return;
        }
        char[] decrypt = from.isNone() ? null : from.filePassword();
        char[] encrypt = to.isNone() ? null : to.filePassword();
        try {
            ChangeFileEncryption.execute(folder.toString(), Database.FILE_NAME, CIPHER, decrypt, encrypt, true);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot re-encrypt the database in " + folder + ": " + e.getMessage(), e);
        } finally {
            if (decrypt != null) {
                Arrays.fill(decrypt, '\0');
            }
            if (encrypt != null) {
                Arrays.fill(encrypt, '\0');
            }
        }
        Database.open(folder, to).close();
    }

    /** A fresh folder beside the database (same disk, so the final rename is atomic). */
    public static Path stagingFolder(Path dataFolder, String purpose) {
        return dataFolder.resolve(".staging-" + purpose + "-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").format(LocalDateTime.now()));
    }

    public static void deleteFolder(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            for (Path path : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder, e);
        }
    }
}
