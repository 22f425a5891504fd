package org.tierdesk.engine.facts;

import java.time.LocalDate;

/**
 * One sale: {@code returned} is the date it was returned, or null. A returned sale counts in a window only if the
 * window ends before the return date; its points are taken back on that date.
 */
public record Sale(long id, LocalDate date, Money amount, String category, int licenses, String product,
                   LocalDate returned) {
}
