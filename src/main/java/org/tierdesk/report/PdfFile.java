package org.tierdesk.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a finished PDF next to its target, then moves it over: a reader never sees half a file, and a failed
 * write leaves an earlier file as it was. Used by {@code export-pdf} and the app's Export PDF alike.
 */
public final class PdfFile {
    private PdfFile() {}

    public static void replace(Path target, byte[] pdf) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        Path partial = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
        try {
            Files.write(partial, pdf);
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
