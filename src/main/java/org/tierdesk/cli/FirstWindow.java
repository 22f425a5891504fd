package org.tierdesk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up to the first window, measured the way a user sees it: a child JVM (this JVM's java and class path, the
 * installed launcher's options, and the AOT cache options the caller gives, see {@link #aotCacheOptions}) is started
 * on the current DISPLAY and timed from just before its start to the instant its {@code main window shown at
 * <instant>} log line names; then it is ended (SIGTERM) and waited for, also while a recording child writes its AOT
 * cache. Also reads the child's heap once the window has been up a moment, with {@code jcmd} when the JDK has it.
 */
final class FirstWindow {
    /** The options the installed launcher passes (see the package profile in pom.xml). */
    static final List<String> LAUNCHER_OPTIONS = List.of("--enable-native-access=ALL-UNNAMED",
            "--sun-misc-unsafe-memory-access=allow", "-XX:+UseSerialGC");
    private static final Pattern SHOWN = Pattern.compile("main window shown at (\\S+)");
    private static final Duration LIMIT = Duration.ofSeconds(120);
    /** How long an ended child may take to exit: a recording one writes its AOT cache first (minutes when busy). */
    private static final Duration EXIT_LIMIT = Duration.ofSeconds(600);
    /** The property by which the launcher tells the app where the user's AOT cache is (see org.tierdesk.AotCache). */
    private static final String AOT_CACHE_PROPERTY = "tierdesk.aotCache";

    /** What one start gave: the time to the window, and the heap in use after a GC once it showed (if read). */
    record Start(double millis, Optional<Long> heapBytes) {
    }

    private FirstWindow() {
    }

    /** Whether a child can show a window here (an X display on Linux; other systems always have a screen). */
    static boolean displayAvailable() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        String display = System.getenv("DISPLAY");
        return display != null && !display.isBlank();
    }

    /** Whether this JVM can make and map AOT caches (JDK 25: -XX:AOTCacheOutput). */
    static boolean aotCacheSupported() {
        return Runtime.version().feature() >= 25;
    }

    /**
     * The options the installed launcher adds for the user's AOT cache {@code cache} (see the package profile in
     * pom.xml): the JVM maps it when it is there, and the app records it on a start that finds none.
     */
    static List<String> aotCacheOptions(Path cache) {
        if (!aotCacheSupported()) {
            return List.of();
        }
        return List.of("-XX:AOTCache=" + cache, "-D" + AOT_CACHE_PROPERTY + "=" + cache, "-Xlog:aot=off");
    }

    /** Starts {@code mainClass} with {@code args}; after the window, waits {@code settle} (then reads the heap). */
    static Start measure(String mainClass, List<String> args, Path home, Duration settle, boolean heap)
            throws IOException, InterruptedException {
        return measure(mainClass, List.of(), args, home, settle, heap);
    }

    /** As {@link #measure(String, List, Path, Duration, boolean)}, with {@code options} added to the launcher's. */
    static Start measure(String mainClass, List<String> options, List<String> args, Path home, Duration settle,
            boolean heap) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(javaCommand());
        command.addAll(LAUNCHER_OPTIONS);
        command.addAll(options);
        command.add("-Duser.home=" + home);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("HOME", home.toString());
        builder.environment().remove("TIERDESK_HOME");
        Instant started = Instant.now();
        Process child = builder.start();
        try {
            CompletableFuture<Instant> shown = new CompletableFuture<>();
            StringBuilder output = new StringBuilder();
            Thread reader = new Thread(() -> read(child, shown, output), "first-window-output");
            reader.setDaemon(true);
            reader.start();
            Instant at;
            try {
                at = shown.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IOException("no 'main window shown' line from " + mainClass + " within " + LIMIT.toSeconds()
                        + " s; its output:\n" + tail(output), e);
            }
            double millis = Duration.between(started, at).toNanos() / 1e6;
            Optional<Long> used = Optional.empty();
            Thread.sleep(settle.toMillis());
            if (heap) {
                used = heapAfterGc(child.pid());
            }
            return new Start(millis, used);
        } finally {
            // SIGTERM without closing the child's output (Process.destroy closes it): a recording child's JVM
            // still writes while it assembles the AOT cache.
            child.toHandle().destroy();
            if (!child.waitFor(EXIT_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                child.destroyForcibly().waitFor();
            }
        }
    }

    private static void read(Process child, CompletableFuture<Instant> shown, StringBuilder output) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (output) {
                    output.append(line).append('\n');
                }
                Matcher m = SHOWN.matcher(line);
                if (m.find() && !shown.isDone()) {
                    shown.complete(Instant.parse(m.group(1)));
                }
            }
            shown.completeExceptionally(new IOException("the child ended"));
        } catch (IOException | java.time.format.DateTimeParseException e) {
            shown.completeExceptionally(e);
        }
    }

    private static String tail(StringBuilder output) {
        synchronized (output) {
            return output.substring(Math.max(0, output.length() - 3000));
        }
    }

    /** The child's heap in use after a full GC, by {@code jcmd} (absent from a trimmed runtime: then empty). */
    static Optional<Long> heapAfterGc(long pid) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!jcmd.toFile().canExecute()) {
            return Optional.empty();
        }
        run(jcmd.toString(), String.valueOf(pid), "GC.run");
        return usedHeap(run(jcmd.toString(), String.valueOf(pid), "GC.heap_info"));
    }

    /**
     * The heap in use from {@code jcmd GC.heap_info}: one "total ..K, used ..K" line per generation, added up;
     * the metaspace lines are not heap.
     */
    static Optional<Long> usedHeap(String info) {
        Matcher used = Pattern.compile("total \\d+K, used (\\d+)K").matcher(info);
        long kb = 0;
        boolean found = false;
        for (String line : info.split("\n")) {
            if (line.contains("Metaspace") || line.contains("class space")) {
                continue;
            }
            used.reset(line);
            if (used.find()) {
                kb += Long.parseLong(used.group(1));
                found = true;
            }
        }
        return found ? Optional.of(kb * 1024) : Optional.empty();
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    /**
     * This JVM's java: the runtime's {@code bin/java} (run from the installed app, this process is the TierDesk
     * launcher, which would take the JVM options as the app's arguments).
     */
    private static String javaCommand() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (java.toFile().canExecute()) {
            return java.toString();
        }
        Path exe = java.resolveSibling("java.exe");
        return exe.toFile().canExecute() ? exe.toString()
                : ProcessHandle.current().info().command().orElse(java.toString());
    }
}
