package org.tierdesk.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the portfolio report prints: the partners in the order given (the caller sorts and filters), as of a date,
 * for a manager (may be null), in a language. {@code filter} describes a filtered set for the reader, or is null.
 */
public record Portfolio(LocalDate asOf, String managerName, String filter, List<PortfolioRow> rows, Locale locale) {
    public Portfolio {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(locale, "locale");
        rows = List.copyOf(rows);
    }
}
