package org.tierdesk.ui.downgrade;

import java.time.LocalDate;

/** A pending downgrade as the list shows it, labels in the manager's language; {@code target} may be null. */
public record DowngradeRow(long id, long partnerId, String partner, String program, String heldTier,
                           LocalDate startedOn, LocalDate dueOn, boolean overdue, String target,
                           String targetLabel) {
}
