package org.tierdesk.engine.window;

import java.time.LocalDate;

/** A calendar quarter ({@code number} 1..4 of {@code year}), labelled like 2026-Q2. */
public record Quarter(int year, int number) {
    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("a quarter is numbered 1..4, not " + number);
        }
    }

    public static Quarter containing(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate start() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    public DateRange range() {
        return new DateRange(start(), end());
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public String label() {
        return year + "-Q" + number;
    }

    @Override
    public String toString() {
        return label();
    }
}
