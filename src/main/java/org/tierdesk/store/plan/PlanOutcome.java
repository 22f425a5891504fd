package org.tierdesk.store.plan;

import org.tierdesk.engine.whatif.Comparison;

/** A saved plan with what it would change today: the partner's standing before and after its what-if. */
public record PlanOutcome(SimulatorPlan plan, Comparison comparison) {
}
