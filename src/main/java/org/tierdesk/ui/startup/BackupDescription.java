package org.tierdesk.ui.startup;

import java.text.NumberFormat;

import org.tierdesk.store.backup.BackupFile;
import org.tierdesk.ui.Formats;
import org.tierdesk.ui.Messages;

/** How a backup reads on screen: when it was taken, its size, and why (at start-up, at exit, by hand...). */
public final class BackupDescription {
    private final Messages messages;
    private final Formats formats;

    public BackupDescription(Messages messages) {
        this.messages = messages;
        this.formats = new Formats(messages.locale());
    }

    public String taken(BackupFile backup) {
        return formats.dateTime(backup.taken());
    }

    public String size(BackupFile backup) {
        return size(backup.size());
    }

    /** 840 B, 12.4 KB, 3.1 MB: the unit from the bundle. */
    public String size(long bytes) {
        if (bytes < 1024) {
            return messages.format("backup.size.bytes", formats.integer(bytes));
        }
        NumberFormat oneDecimal = NumberFormat.getNumberInstance(messages.locale());
        oneDecimal.setMinimumFractionDigits(1);
        oneDecimal.setMaximumFractionDigits(1);
        if (bytes < 1024L * 1024) {
            return messages.format("backup.size.kilobytes", oneDecimal.format(bytes / 1024.0));
        }
        return messages.format("backup.size.megabytes", oneDecimal.format(bytes / (1024.0 * 1024)));
    }

    public String reason(BackupFile backup) {
        String key = "backup.reason." + backup.reason();
        return messages.has(key) ? messages.get(key) : backup.reason();
    }

    /** "23 Nov 2026, 10:15 · 1.2 MB · at start-up". */
    public String line(BackupFile backup) {
        return messages.format("backup.line", taken(backup), size(backup), reason(backup));
    }
}
