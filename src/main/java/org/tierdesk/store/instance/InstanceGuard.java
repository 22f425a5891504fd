package org.tierdesk.store.instance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * One TierDesk per data folder. The first start holds an OS lock on {@code tierdesk.lock} for as long as it runs
 * (the OS drops it when the process dies, even by kill -9, so a crash never leaves a stale lock) and listens on a
 * loopback port written to {@code tierdesk.port}; a second start finds the lock taken and can ask the first, through
 * that port, to bring its window to the front. The port file carries a random token so that no other local program
 * can poke the window.
 */
public final class InstanceGuard implements AutoCloseable {
    static final String LOCK_FILE = "tierdesk.lock";
    static final String PORT_FILE = "tierdesk.port";
    static final String SHOW = "show";
    private static final int READ_TIMEOUT_MILLIS = 2_000;

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;
    private final ServerSocket server;
    private final String token;
    private final Runnable onShowRequest;

    private InstanceGuard(Path folder, FileChannel channel, FileLock lock, ServerSocket server, String token,
                          Runnable onShowRequest) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
        this.server = server;
        this.token = token;
        this.onShowRequest = onShowRequest;
    }

    /**
     * Takes the data folder for this process, or throws {@link AlreadyRunningException} when another TierDesk has it.
     * {@code onShowRequest} runs (on a background thread) each time a later start asks this one to come forward.
     */
    public static InstanceGuard acquire(Path folder, Runnable onShowRequest) {
        Path dir = folder.toAbsolutePath().normalize();
        FileChannel channel = null;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new AlreadyRunningException(dir);
            }
            ServerSocket server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
            byte[] random = new byte[16];
            new SecureRandom().nextBytes(random);
            String token = HexFormat.of().formatHex(random);
            writePortFile(dir, server.getLocalPort(), token);
            InstanceGuard guard = new InstanceGuard(dir, channel, lock, server, token, onShowRequest);
            Thread listener = new Thread(guard::listen, "tierdesk-instance-guard");
            listener.setDaemon(true);
            listener.start();
            return guard;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock the data folder " + dir, e);
        }
    }

    public Path folder() {
        return folder;
    }

    private static void writePortFile(Path dir, int port, String token) throws IOException {
        Path temporary = dir.resolve(PORT_FILE + ".tmp");
        Files.writeString(temporary, port + " " + token + "\n", StandardCharsets.US_ASCII);
        Files.move(temporary, dir.resolve(PORT_FILE), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    private void listen() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                client.setSoTimeout(READ_TIMEOUT_MILLIS);
                String line = new BufferedReader(new InputStreamReader(client.getInputStream(),
                        StandardCharsets.US_ASCII)).readLine();
                if ((SHOW + " " + token).equals(line)) {
                    onShowRequest.run();
                }
            } catch (SocketException closed) {
                return;
            } catch (IOException | RuntimeException ignored) {
                // a caller that hangs up, times out or sends junk must not stop the listener
            }
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // the port dies with the process anyway
        }
        try {
            Files.deleteIfExists(folder.resolve(PORT_FILE));
            lock.release();
        } catch (IOException ignored) {
            // the OS releases the lock when the channel closes
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }
}
