package org.tierdesk.store;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/** The date formats a sales CSV file may use: ISO ({@code 2026-05-10}) and Russian ({@code 10.05.2026}). */
public enum SalesCsvDate {
    ISO("yyyy-MM-dd", Pattern.compile("\\d{4}-\\d{2}-\\d{2}")),
    DOTTED("dd.MM.yyyy", Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{4}"));

    private final String pattern;
    private final Pattern shape;
    private final DateTimeFormatter formatter;

    SalesCsvDate(String pattern, Pattern shape) {
        this.pattern = pattern;
        this.shape = shape;
        this.formatter = DateTimeFormatter.ofPattern(pattern.replace("dd", "d").replace("MM", "M")
                .replace("yyyy", "uuuu")).withResolverStyle(ResolverStyle.STRICT);
    }

    /** How the format is written for people: {@code yyyy-MM-dd} or {@code dd.MM.yyyy}. */
    public String pattern() {
        return pattern;
    }

    /** The format a cell is written in, whether or not it is a real day. */
    public static Optional<SalesCsvDate> of(String text) {
        for (SalesCsvDate format : values()) {
            if (format.shape.matcher(text).matches()) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The day a cell names, in either format; empty when it is neither or no such day exists (31.02.2026). */
    static Optional<LocalDate> parse(String text) {
        return of(text).flatMap(format -> {
            try {
                return Optional.of(LocalDate.parse(text, format.formatter));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }
}
