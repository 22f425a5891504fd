package org.tierdesk.store.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** One backup in the backup folder: when it was taken, why (startup, exit, manual, before-restore...), its size. */
public record BackupFile(Path path, LocalDateTime taken, String reason, long size) {
}
