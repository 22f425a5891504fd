package org.tierdesk.engine.window;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days from {@code from} to {@code to}, both included. A range whose {@code to} lies before its {@code from}
 * is empty: a window can be empty (completed quarters early in January, a membership year that starts later).
 */
public record DateRange(LocalDate from, LocalDate to) {
    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public boolean isEmpty() {
        return to.isBefore(from);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /**
     * Whether a sale made on {@code saleDate} and returned on {@code returned} (null: never) counts in this range:
     * it was made inside it, and the range ends before the return.
     */
    public boolean countsSale(LocalDate saleDate, LocalDate returned) {
        return contains(saleDate) && (returned == null || to.isBefore(returned));
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
