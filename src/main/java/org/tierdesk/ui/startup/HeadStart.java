package org.tierdesk.ui.startup;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.tierdesk.program.ProgramLibrary;
import org.tierdesk.store.DataFolder;
import org.tierdesk.store.DatabasePassword;
import org.tierdesk.store.instance.AlreadyRunningException;
import org.tierdesk.store.instance.InstanceGuard;
import org.tierdesk.ui.LogFile;
import org.tierdesk.ui.StartupArguments;

/**
 * The start-up's work that needs no window, begun by the launcher on a second core while JavaFX starts its
 * toolkit (which takes about as long): the data folder and its log file, the instance guard, a first try to open
 * the database without a password, the program files and, when that try opened it, the rest the window needs
 * ({@link OpenedDesk}: demo portfolio on a new folder, the portfolio's first read). It asks the manager nothing:
 * another TierDesk on the folder, a password or a damaged file is left to the {@link StartupFlow} on the JavaFX
 * thread, which goes on from this first try. Started without the launcher (tests, another main class), the same
 * work runs on the JavaFX thread when the app takes it.
 */
public final class HeadStart {
    private static final AtomicReference<HeadStart> BEGUN = new AtomicReference<>();

    private final List<String> arguments;
    private final CompletableFuture<Prepared> prepared = new CompletableFuture<>();
    private final AtomicReference<Runnable> showRequests = new AtomicReference<>(() -> { });

    /**
     * How far the head start got. {@code guard} is empty when another TierDesk has the folder ({@code refused}
     * says which; then nothing was opened); {@code attempt} is the first try to open; {@code desk} is there when
     * that try opened the database.
     */
    public record Prepared(Path folder, ProgramLibrary library, Optional<InstanceGuard> guard,
            Optional<AlreadyRunningException> refused, Optional<OpenAttempt> attempt, Optional<OpenedDesk> desk) {
    }

    private HeadStart(List<String> arguments) {
        this.arguments = List.copyOf(arguments);
    }

    /** Begins the head start for the app's {@code args} on a thread of its own (the launcher, before JavaFX). */
    public static void begin(String[] args) {
        HeadStart head = new HeadStart(List.of(args));
        BEGUN.set(head);
        Thread thread = new Thread(head::run, "startup-head-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** The head start begun for this process (once), or, when none was, one done now on this thread. */
    public static HeadStart take(List<String> args) {
        HeadStart begun = BEGUN.getAndSet(null);
        if (begun != null) {
            return begun;
        }
        HeadStart now = new HeadStart(args);
        now.run();
        return now;
    }

    /** Waits for the head start; what it failed on is thrown here, as if the app had done it itself. */
    public Prepared prepared() {
        try {
            return prepared.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** What to do when a later start on the folder asks this one to come forward (runs on a background thread). */
    public void onShowRequest(Runnable action) {
        showRequests.set(action);
    }

    private void run() {
        try {
            prepared.complete(prepare());
        } catch (RuntimeException | Error e) {
            prepared.completeExceptionally(e);
        }
    }

    private Prepared prepare() {
        Path folder = DataFolder.resolve(StartupArguments.parse(arguments).dataDir()).toAbsolutePath().normalize();
        // logging starts here, on this thread: set up on the launcher's thread, it would hold JavaFX's start back
        Logger log = LoggerFactory.getLogger(HeadStart.class);
        LogFile.attach(folder);
        log.info("TierDesk starting with data folder {}", folder);
        InstanceGuard guard;
        try {
            guard = InstanceGuard.acquire(folder, () -> showRequests.get().run());
        } catch (AlreadyRunningException e) {
            return new Prepared(folder, ProgramLibrary.shippedOnly(), Optional.empty(), Optional.of(e),
                    Optional.empty(), Optional.empty());
        }
        OpenAttempt attempt = null;
        try {
            attempt = OpenAttempt.of(folder, DatabasePassword.none());
            ProgramLibrary library = ProgramLibrary.load(folder.resolve("programs"));
            library.problems().forEach(problem -> log.warn("Program file skipped: {}", problem.getMessage()));
            Optional<OpenedDesk> desk = attempt instanceof OpenAttempt.Opened opened
                    ? Optional.of(OpenedDesk.prepare(folder, library, opened)) : Optional.empty();
            return new Prepared(folder, library, Optional.of(guard), Optional.empty(), Optional.of(attempt), desk);
        } catch (RuntimeException | Error e) {
            if (attempt instanceof OpenAttempt.Opened opened) {
                opened.database().close();
            }
            guard.close();
            throw e;
        }
    }
}
