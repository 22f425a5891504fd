package org.tierdesk.engine.standing;

import java.time.LocalDate;

/**
 * One line of the points ledger: what earned (or took back, or reset) points on a date. {@code source} is
 * SALE, HOLDING_BONUS, ACTIVITY, RETURN or RESET; {@code sourceId} the sale or activity id (0 for a reset);
 * {@code balance} the running balance after this line.
 */
public record LedgerEntry(LocalDate date, String source, long sourceId, String description, long points,
                          long balance) {
}
