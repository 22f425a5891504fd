package org.tierdesk.fuzz;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** Runs a read with a time limit: a parser that hangs on bad input fails the property instead of the build. */
public final class Deadline {
    private static final ExecutorService WORKER = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "fuzz-read");
        thread.setDaemon(true);
        return thread;
    });

    private Deadline() {
    }

    /** The outcome of the read: what it returned, or what it threw. */
    public record Outcome<T>(T value, Throwable failure) {
    }

    public static <T> Outcome<T> run(Duration limit, Supplier<T> read) {
        Future<T> future = WORKER.submit(read::get);
        try {
            return new Outcome<>(future.get(limit.toMillis(), TimeUnit.MILLISECONDS), null);
        } catch (ExecutionException e) {
            return new Outcome<>(null, e.getCause());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new AssertionError("the read took longer than " + limit + " (a hang on bad input)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
    }
}
