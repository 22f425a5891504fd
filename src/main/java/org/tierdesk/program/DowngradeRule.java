package org.tierdesk.program;

/**
 * What happens when a partner stops meeting its held tier: it may be moved down {@code levels} (never by the
 * engine: the manager confirms), after {@code graceDays} in the pending-downgrade list; with {@code resetPoints}
 * the balance becomes the new tier's points floor on the date of the move.
 */
public record DowngradeRule(int levels, int graceDays, boolean resetPoints, LocalizedText note) {
}
