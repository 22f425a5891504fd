package org.tierdesk.store.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a data folder's backups go: {@code backups/} inside it, or a folder the manager picked (another disk, a
 * synced folder). The choice lives in a small file beside the database, not in it, because it is needed exactly
 * when the database cannot be opened.
 */
public final class BackupLocation {
    static final String CHOICE_FILE = "backup-folder.txt";
    static final String DEFAULT_FOLDER = "backups";

    private BackupLocation() {
    }

    public static Path of(Path dataFolder) {
        Path choice = dataFolder.resolve(CHOICE_FILE);
        if (Files.isRegularFile(choice)) {
            try {
                String chosen = Files.readString(choice, StandardCharsets.UTF_8).trim();
                if (!chosen.isEmpty()) {
                    return Path.of(chosen).toAbsolutePath().normalize();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + choice, e);
            }
        }
        return defaultFolder(dataFolder);
    }

    public static Path defaultFolder(Path dataFolder) {
        return dataFolder.toAbsolutePath().normalize().resolve(DEFAULT_FOLDER);
    }

    /** Sends future backups to {@code folder}; null or the default folder goes back to {@code backups/}. */
    public static void choose(Path dataFolder, Path folder) {
        Path choice = dataFolder.resolve(CHOICE_FILE);
        try {
            if (folder == null || folder.toAbsolutePath().normalize().equals(defaultFolder(dataFolder))) {
                Files.deleteIfExists(choice);
                return;
            }
            Files.createDirectories(dataFolder);
            Path temporary = dataFolder.resolve(CHOICE_FILE + ".tmp");
            Files.writeString(temporary, folder.toAbsolutePath().normalize() + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, choice, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the backup folder choice in " + dataFolder, e);
        }
    }
}
