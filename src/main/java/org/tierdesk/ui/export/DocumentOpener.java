package org.tierdesk.ui.export;

import java.awt.Desktop;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shows a written file in the OS's viewer, where the OS allows; never fails the export that wrote it. */
@FunctionalInterface
public interface DocumentOpener {
    void open(Path file);

    /**
     * {@link Desktop#open} on a background thread when the desktop supports it (not on a headless machine, nor
     * on a Linux without a desktop environment); anything that goes wrong is logged and nothing more.
     */
    static DocumentOpener desktop() {
        Logger log = LoggerFactory.getLogger(DocumentOpener.class);
        return file -> {
            Thread opening = new Thread(() -> {
                try {
                    if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                        Desktop.getDesktop().open(file.toFile());
                    } else {
                        log.info("No desktop to open {} with", file);
                    }
                } catch (Throwable e) {
                    log.warn("Could not open {}: {}", file, e.toString());
                }
            }, "open-pdf");
            opening.setDaemon(true);
            opening.start();
        };
    }
}
