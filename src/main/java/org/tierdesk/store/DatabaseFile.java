package org.tierdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * What the database file in a data folder looks like before H2 touches it: H2 would silently start an empty
 * database over a zero-length file, and would report an encrypted file opened without a password as corrupted, so
 * the header is read first.
 */
public enum DatabaseFile {
    ABSENT, PLAIN, ENCRYPTED, UNRECOGNISED;

    private static final String PLAIN_HEADER = "H:2,";
    private static final String ENCRYPTED_HEADER = "H2encrypt\n";

    public static Path path(Path folder) {
        return folder.resolve(Database.FILE_NAME + ".mv.db");
    }

    public static DatabaseFile of(Path folder) {
        return ofFile(path(folder));
    }

    /** The kind of an H2 database file (also a backup's extracted copy). */
    public static DatabaseFile ofFile(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(ENCRYPTED_HEADER.length());
        } catch (NoSuchFileException e) {
            return ABSENT;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return ofHeader(head);
    }

    /** The kind of database whose file starts with {@code head}. */
    public static DatabaseFile ofHeader(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        if (text.startsWith(ENCRYPTED_HEADER)) {
            return ENCRYPTED;
        }
        return text.startsWith(PLAIN_HEADER) ? PLAIN : UNRECOGNISED;
    }
}
