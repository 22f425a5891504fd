package org.tierdesk.cli;

import org.tierdesk.store.backup.BackupFile;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A backup as one line of the command line's list: date and time, size, reason, file. */
final class BackupListing {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private BackupListing() {
    }

    static String line(BackupFile backup) {
        return String.format(Locale.ROOT, "%s  %9s  %-22s  %s", WHEN.format(backup.taken()), size(backup.size()),
                backup.reason(), backup.path());
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
