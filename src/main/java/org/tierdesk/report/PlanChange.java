package org.tierdesk.report;

import java.util.Objects;

/** One line of a saved what-if plan as the simulator phrased it: what changes, its value before and after. */
public record PlanChange(String what, String before, String after) {
    public PlanChange {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
