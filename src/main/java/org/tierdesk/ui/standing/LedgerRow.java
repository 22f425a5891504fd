package org.tierdesk.ui.standing;

import java.time.LocalDate;

/** One line of the points ledger as the table shows it; {@code reset} marks a downgrade's reset line. */
public record LedgerRow(LocalDate date, String source, String description, long points, long balance,
                        boolean reset) {
}
