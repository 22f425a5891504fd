package org.tierdesk.cli;

import java.util.Arrays;
import java.util.function.Supplier;

/** The wall-clock times of repeated runs of one task, in milliseconds, after one untimed warm-up run. */
record RunTimes(double[] millis) {
    RunTimes {
        millis = millis.clone();
        Arrays.sort(millis);
    }

    /** Runs {@code task} once to warm up, then {@code runs} times timed; what it returns is kept from the JIT. */
    static RunTimes measure(int runs, Supplier<?> task) {
        Object sink = task.get();
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            sink = task.get();
            times[i] = (System.nanoTime() - started) / 1e6;
        }
        if (sink == null) {
            throw new IllegalStateException("a benchmarked task returned nothing");
        }
        return new RunTimes(times);
    }

    double median() {
        int n = millis.length;
        return n % 2 == 1 ? millis[n / 2] : (millis[n / 2 - 1] + millis[n / 2]) / 2;
    }

    double min() {
        return millis[0];
    }

    double max() {
        return millis[millis.length - 1];
    }
}
