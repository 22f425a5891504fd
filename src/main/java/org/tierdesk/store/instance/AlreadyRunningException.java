package org.tierdesk.store.instance;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Another TierDesk holds this data folder. */
public final class AlreadyRunningException extends RuntimeException {
    private static final int CONNECT_TIMEOUT_MILLIS = 1_000;

    private final Path folder;

    AlreadyRunningException(Path folder) {
        super("TierDesk is already running on this data folder (" + folder + ")");
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** Asks the running TierDesk to bring its window to the front; false when it could not be reached. */
    public boolean bringOtherToFront() {
        try {
            List<String> parts = List.of(Files.readString(folder.resolve(InstanceGuard.PORT_FILE),
                    StandardCharsets.US_ASCII).trim().split(" "));
            if (parts.size() != 2) {
                return false;
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(parts.get(0))),
                        CONNECT_TIMEOUT_MILLIS);
                OutputStream out = socket.getOutputStream();
                out.write((InstanceGuard.SHOW + " " + parts.get(1) + "\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            return true;
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }
}
