package org.tierdesk.store.backup;

import org.jooq.impl.DSL;
import org.tierdesk.store.Database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rolling set of backups in a backup folder. A backup is H2's online {@code BACKUP TO}: a zip of the database
 * file as of one consistent moment, taken while the database stays open. It copies the file's bytes, so the backup
 * of an encrypted database is encrypted with the same password. It is written under a temporary name and renamed
 * when complete: a crash while backing up never leaves a half backup that looks whole.
 */
public final class Backups {
    public static final String STARTUP = "startup";
    public static final String EXIT = "exit";
    public static final String MANUAL = "manual";
    public static final String BEFORE_RESTORE = "before-restore";
    public static final String BEFORE_PASSWORD_CHANGE = "before-password-change";

    private static final String PARTIAL = ".partial";

    private final Path folder;
    private final Clock clock;

    public Backups(Path folder) {
        this(folder, Clock.systemDefaultZone());
    }

    public Backups(Path folder, Clock clock) {
        this.folder = folder.toAbsolutePath().normalize();
        this.clock = clock;
    }

    /** The backups of the data folder, in the folder its manager chose. */
    public static Backups of(Path dataFolder) {
        return new Backups(BackupLocation.of(dataFolder));
    }

    public Path folder() {
        return folder;
    }

    /** Backs the open database up now and prunes the set; returns the new backup. */
    public BackupFile create(Database database, String reason) {
        LocalDateTime now = LocalDateTime.now(clock);
        Path target = folder.resolve(BackupName.of(now, reason));
        Path partial = folder.resolve(target.getFileName() + PARTIAL);
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(partial);
            database.dsl().execute("BACKUP TO {0}", DSL.inline(partial.toString()));
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            prune(now);
            return new BackupFile(target, now, reason, Files.size(target));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup " + target, e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // a leftover partial file is deleted by the next prune
            }
        }
    }

    /** Every complete backup, newest first. */
    public List<BackupFile> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<BackupFile> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                Optional<BackupName.Parsed> parsed = BackupName.parse(file.getFileName().toString());
                if (parsed.isPresent()) {
                    backups.add(new BackupFile(file, parsed.get().taken(), parsed.get().reason(), Files.size(file)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the backups in " + folder, e);
        }
        backups.sort(Comparator.comparing(BackupFile::taken).reversed());
        return List.copyOf(backups);
    }

    public Optional<BackupFile> latest() {
        return list().stream().findFirst();
    }

    private void prune(LocalDateTime now) throws IOException {
        for (BackupFile old : BackupRetention.toDelete(list(), now)) {
            Files.deleteIfExists(old.path());
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (file.getFileName().toString().endsWith(PARTIAL) && isOlderThanADay(file, now)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private boolean isOlderThanADay(Path file, LocalDateTime now) throws IOException {
        FileTime modified = Files.getLastModifiedTime(file);
        return modified.toInstant().isBefore(now.minusDays(1).atZone(ZoneId.systemDefault()).toInstant());
    }
}
