package org.tierdesk.report;

import java.util.List;
import java.util.Objects;

/** A what-if plan the manager saved for this partner, with its before → after lines. */
public record SavedPlan(String name, List<PlanChange> changes) {
    public SavedPlan {
        Objects.requireNonNull(name, "name");
        changes = List.copyOf(changes);
    }
}
