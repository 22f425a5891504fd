package org.tierdesk.store;

import org.tierdesk.engine.facts.TierChange;

import java.time.LocalDateTime;

/** A stored change of held tier: its row id, the change, and when the manager recorded it. */
public record TierHistoryEntry(long id, TierChange change, LocalDateTime recordedAt) {
}
