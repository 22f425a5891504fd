package org.tierdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the database file in a data folder looks like before H2 touches it: H2 would silently start an empty
 * database over a zero-length file, and would report an encrypted file opened without a password as corrupted, so
 * the header is read first.
 */
public enum DatabaseFile {
    ABSENT, PLAIN, ENCRYPTED, UNRECOGNISED;

    private static final String PLAIN_HEADER = "H:2,";
    private static final String ENCRYPTED_HEADER = "H2encrypt\n";
    private static final int HEADER_BYTES = 4096;

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

    /**
     * Why a plain database file is shorter than its own header says, if it is. H2 records in the header, when it
     * closes cleanly, the block of its newest chunk, and that chunk's own header (at that block) its length in
     * blocks; a file that ends before that chunk does was cut short (a copy interrupted, a full disk), and H2 itself
     * would silently fall back to an older chunk, even to an empty database. A compacted file (the generator's, a
     * restored one) holds all its data in one such chunk of many blocks. A header written by a process that died
     * has no such record and nothing is claimed; nor is a chunk length where the chunk's header is unreadable (then
     * its first block must be there).
     */
    public static Optional<DatabaseDamagedException> cutShort(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            Map<String, String> fields = fieldsAt(channel, 0);
            if (!fields.containsKey("block") || !fields.containsKey("blockSize")) {
                return Optional.empty();
            }
            long blockSize = Long.parseLong(fields.get("blockSize"), 16);
            long block = Long.parseLong(fields.get("block"), 16);
            long blocks = 1;
            Map<String, String> chunk = fieldsAt(channel, block * blockSize);
            if (chunk.containsKey("chunk") && chunk.containsKey("len")) {
                try {
                    blocks = Math.max(1, Long.parseLong(chunk.get("len"), 16));
                } catch (NumberFormatException unreadableChunkHeader) {
                    blocks = 1;
                }
            }
            long newestChunkEnd = (block + blocks) * blockSize;
            long size = channel.size();
            return size < newestChunkEnd
                    ? Optional.of(new DatabaseDamagedException(file, FileDamage.CUT_SHORT,
                            "the file ends at " + size + " bytes, before its newest data at " + newestChunkEnd, null))
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of(new DatabaseDamagedException(file, FileDamage.HEADER_UNREADABLE,
                    "its header is unreadable", e));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * The {@code name:value} fields of the header line at {@code offset} (the file's header, or a chunk's): up to
     * the line's end or the first byte that is no header text; none when the file ends before {@code offset}.
     */
    private static Map<String, String> fieldsAt(FileChannel channel, long offset) throws IOException {
        Map<String, String> fields = new HashMap<>();
        if (offset >= channel.size()) {
            return fields;
        }
        ByteBuffer buffer = ByteBuffer.allocate(HEADER_BYTES);
        while (buffer.hasRemaining() && channel.read(buffer, offset + buffer.position()) > 0) {
            // read on until the buffer is full or the file ends
        }
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1);
        int end = 0;
        while (end < text.length() && text.charAt(end) > ' ' && text.charAt(end) < 127) {
            end++;
        }
        for (String field : text.substring(0, end).split(",")) {
            int colon = field.indexOf(':');
            if (colon > 0) {
                fields.put(field.substring(0, colon), field.substring(colon + 1));
            }
        }
        return fields;
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
