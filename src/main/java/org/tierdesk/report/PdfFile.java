package org.tierdesk.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a finished PDF next to its target, then moves it over: a reader never sees half a file, and a failed
 * write leaves an earlier file as it was. Used by {@code export-pdf} and the app's Export PDF alike.
 */
public final class PdfFile {
    private PdfFile() {}

    /**
     * A temporary file is readable by its owner only; a PDF to hand out gets the permissions of the file it
     * replaces, or the usual rw-r--r-- (where the file system has POSIX permissions at all).
     */
    private static void shareable(Path partial, Path target) throws IOException {
        if (!Files.getFileStore(partial).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Files.setPosixFilePermissions(partial, Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--"));
    }

    public static void replace(Path target, byte[] pdf) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        Path partial = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
        try {
            Files.write(partial, pdf);
            shareable(partial, absolute);
            try {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
