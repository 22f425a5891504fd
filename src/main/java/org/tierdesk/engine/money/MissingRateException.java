package org.tierdesk.engine.money;

import java.time.LocalDate;

/** No exchange rate between two currencies is in force on a date (none dated on or before it, either direction). */
public final class MissingRateException extends RuntimeException {
    private final String from;
    private final String to;
    private final LocalDate on;

    public MissingRateException(String from, String to, LocalDate on) {
        super("no exchange rate between " + from + " and " + to + " in force on " + on
                + " (add a " + from + "/" + to + " rate dated on or before " + on + ")");
        this.from = from;
        this.to = to;
        this.on = on;
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    public LocalDate on() {
        return on;
    }
}
