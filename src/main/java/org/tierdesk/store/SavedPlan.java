package org.tierdesk.store;

import java.time.LocalDateTime;

/** A what-if the simulator saved for a partner: {@code body} is its changes as YAML or JSON text. */
public record SavedPlan(long id, String name, LocalDateTime createdAt, String body) {
}
