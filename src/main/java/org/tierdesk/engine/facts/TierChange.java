package org.tierdesk.engine.facts;

import java.time.LocalDate;

/** The held tier from {@code since} on: granted, confirmed downgrade, initial status. */
public record TierChange(String tier, LocalDate since, String reason, String changedBy) {
}
