package org.tierdesk;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The installed app's per-user AOT cache (JDK 25, JEP 483/514/515). The launcher names it with
 * {@code -XX:AOTCache=<user cache folder>/tierdesk-<version>.aot} and passes the same path as the system property
 * {@value #PROPERTY}; the JVM maps it when it is there and valid, and silently starts without it otherwise.
 *
 * <p>When the app (not the command line) starts and the cache is missing, or was made for other jars or another
 * JVM (its stamp file says which), this start records it: the launcher's JVM starts the app in a child JVM with the
 * same options and class path plus {@code -XX:AOTCacheOutput}, waits for it and passes its exit code on. When the
 * app ends, the child's JVM assembles the cache from the classes that session loaded and the profiles of what it
 * ran; it is written to a temporary file and moved into place only when complete, so a session killed halfway
 * leaves no broken cache, only another recording next time. Any failure (no writable cache folder, no {@code java}
 * in the runtime, the child not starting) just starts the app without a cache, as before.
 */
final class AotCache {
    /** The system property naming the cache file (set by the launcher's options; absent: no cache). */
    static final String PROPERTY = "tierdesk.aotCache";
    /** Set in the recording child's environment, so that it runs the app instead of recording once more. */
    static final String RECORDING_ENV = "TIERDESK_AOT_RECORDING";

    private final Path cache;
    private final Path stampFile;
    private final String stamp;
    private Path recording;
    private List<Thread> pumps = List.of();
    private boolean finished;

    private AotCache(Path cache) {
        this.cache = cache;
        this.stampFile = cache.resolveSibling(cache.getFileName() + ".stamp");
        this.stamp = stamp();
    }

    /**
     * Records the cache if this start should: runs the app in a recording child JVM, waits for it and exits this
     * JVM with its code (then it does not return). Returns when this JVM should start the app itself: the cache is
     * there and current, or none is configured, or recording cannot be done here.
     */
    static void recordIfNeeded(String[] args) {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank() || System.getenv(RECORDING_ENV) != null) {
            return;
        }
        try {
            AotCache aot = new AotCache(Path.of(file));
            if (aot.current()) {
                return;
            }
            Process child = aot.startRecording(args);
            if (child == null) {
                return;
            }
            int status = aot.waitFor(child);
            System.exit(status);
        } catch (RuntimeException | IOException e) {
            // start without a cache: recording is only a speed-up
        }
    }

    /** Whether {@code cache} exists and its stamp file matches this JVM and class path (no recording needed). */
    static boolean isCurrent(Path cache) {
        return new AotCache(cache).current();
    }

    /** Writes {@code cache}'s stamp for this JVM and class path (as a finished recording does). */
    static void writeStamp(Path cache) throws IOException {
        AotCache aot = new AotCache(cache);
        Files.writeString(aot.stampFile, aot.stamp, StandardCharsets.UTF_8);
    }

    /** Whether the cache file exists and its stamp matches this JVM and these jars. */
    private boolean current() {
        if (!Files.isRegularFile(cache)) {
            return false;
        }
        try {
            return stamp.equals(Files.readString(stampFile, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * What the JVM checks before it maps a cache: the JVM's build and every class path entry's size and time. A
     * cache whose stamp differs would be refused by the JVM, so it is recorded anew.
     */
    private static String stamp() {
        StringBuilder s = new StringBuilder();
        s.append(System.getProperty("java.vm.version")).append('\n');
        s.append(System.getProperty("java.home")).append('\n');
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            File f = new File(entry);
            s.append(entry).append(' ').append(f.length()).append(' ').append(f.lastModified()).append('\n');
        }
        return s.toString();
    }

    private Process startRecording(String[] args) throws IOException {
        Path java = javaExecutable();
        Path dir = cache.toAbsolutePath().getParent();
        if (java == null || dir == null) {
            return null;
        }
        Files.createDirectories(dir);
        if (!Files.isWritable(dir)) {
            return null;
        }
        recording = dir.resolve(cache.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        Files.deleteIfExists(recording);
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions());
        command.add("-XX:AOTCacheOutput=" + recording);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Launcher.class.getName());
        command.addAll(Arrays.asList(args));
        // The child's output goes through this JVM, which reads it to the end: had the child this JVM's own
        // output and that were a pipe its reader closes (as Java's Process.destroy does when it ends this JVM,
        // e.g. in `tierdesk bench`), the JVM that assembles the cache at the end would die of SIGPIPE.
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put(RECORDING_ENV, "1");
        Process child = builder.start();
        pumps = List.of(pump(child.getInputStream(), System.out, "aot-cache-recording-out"),
                pump(child.getErrorStream(), System.err, "aot-cache-recording-err"));
        // The launcher's process is the one a desktop session or a script ends: pass that on to the app.
        // (ProcessHandle.destroy: Process.destroy would also close the pipes the pumps read, see above.)
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            child.toHandle().destroy();
            waitFor(child);
        }, "aot-cache-recording"));
        return child;
    }

    /** Copies {@code from} to {@code to} until its end; when {@code to} fails, goes on reading and drops the rest. */
    private static Thread pump(InputStream from, PrintStream to, String name) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            boolean writing = true;
            try (from) {
                int n;
                while ((n = from.read(buffer)) >= 0) {
                    if (writing) {
                        to.write(buffer, 0, n);
                        to.flush();
                        writing = !to.checkError();
                    }
                }
            } catch (IOException e) {
                // the child is gone
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Waits for the child (and its assembly of the cache), then moves the finished cache into place. */
    private int waitFor(Process child) {
        int status;
        while (true) {
            try {
                status = child.waitFor();
                for (Thread pump : pumps) {
                    pump.join(10_000);
                }
                break;
            } catch (InterruptedException e) {
                // keep waiting: the child must not outlive this JVM's bookkeeping
            }
        }
        finish();
        return status;
    }

    private synchronized void finish() {
        if (finished) {
            return;
        }
        finished = true;
        try {
            if (Files.size(recording) > 0) {
                Files.writeString(stampFile, stamp, StandardCharsets.UTF_8);
                Files.move(recording, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                removeOthers();
            }
        } catch (IOException | RuntimeException e) {
            // no cache this time; the next start records again
        } finally {
            try {
                Files.deleteIfExists(recording);
            } catch (IOException e) {
                // left for the next recording to remove
            }
        }
    }

    /** Removes other versions' caches and recordings of sessions that are gone (each cache is about 100 MB). */
    private void removeOthers() throws IOException {
        String name = cache.getFileName().toString();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(cache.getParent(), "tierdesk-*.aot*")) {
            for (Path other : files) {
                String n = other.getFileName().toString();
                if (n.equals(name) || n.equals(stampFile.getFileName().toString()) || recordingOfLiveProcess(n)) {
                    continue;
                }
                Files.deleteIfExists(other);
            }
        }
    }

    private static boolean recordingOfLiveProcess(String name) {
        String[] parts = name.split("\\.");
        for (String part : parts) {
            if (!part.isEmpty() && part.chars().allMatch(Character::isDigit)) {
                try {
                    long pid = Long.parseLong(part);
                    if (pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).isPresent()) {
                        return true;
                    }
                } catch (NumberFormatException e) {
                    // not a pid
                }
            }
        }
        return false;
    }

    /** The runtime's java (javaw on Windows: the windowed launcher has no console to show). */
    private static Path javaExecutable() {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
        Path java = bin.resolve(windows ? "javaw.exe" : "java");
        return Files.isExecutable(java) ? java : null;
    }

    /**
     * This JVM's options for the child, without the cache ones (the JVM refuses -XX:AOTCache with
     * -XX:AOTCacheOutput) and without those from JAVA_TOOL_OPTIONS, which the child reads itself.
     */
    private static List<String> jvmOptions() {
        return childOptions(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments(),
                System.getenv("JAVA_TOOL_OPTIONS"));
    }

    /** The recording child's JVM options from this JVM's {@code input} ones and JAVA_TOOL_OPTIONS ({@code tool}). */
    static List<String> childOptions(List<String> input, String tool) {
        List<String> options = new ArrayList<>(input);
        if (tool != null && !tool.isBlank()) {
            List<String> fromEnv = Arrays.asList(tool.trim().split("\\s+"));
            if (options.size() >= fromEnv.size() && options.subList(0, fromEnv.size()).equals(fromEnv)) {
                options.subList(0, fromEnv.size()).clear();
            }
        }
        options.removeIf(o -> o.startsWith("-XX:AOTCache=") || o.startsWith("-XX:AOTMode=")
                || o.startsWith("-XX:AOTCacheOutput=") || o.startsWith("-XX:AOTConfiguration=")
                || o.startsWith("-Djava.class.path="));
        return options;
    }
}
