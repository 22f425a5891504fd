package org.tierdesk.store.backup;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file name of a backup says when it was taken and why, so that listing the folder needs no index file that
 * could itself be lost: {@code tierdesk-2026-11-23T10-15-30-123-startup.zip}.
 */
final class BackupName {
    static final String EXTENSION = ".zip";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss-SSS");
    private static final Pattern NAME = Pattern.compile(
            "tierdesk-(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3})-([a-z-]+)\\.zip");

    private BackupName() {
    }

    static String of(LocalDateTime taken, String reason) {
        return "tierdesk-" + STAMP.format(taken) + "-" + reason + EXTENSION;
    }

    record Parsed(LocalDateTime taken, String reason) {
    }

    static Optional<Parsed> parse(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Parsed(LocalDateTime.parse(m.group(1), STAMP), m.group(2)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
