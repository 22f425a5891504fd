package org.tierdesk.store.plan;

import java.util.List;
import java.util.Optional;
import org.tierdesk.engine.whatif.WhatIf;
import org.tierdesk.store.SavedPlan;
import org.tierdesk.store.Workspace;

/** The simulator's saved plans of a partner: a what-if under a name, kept as {@link PlanBody} JSON. */
public final class SimulatorPlans {
    private final Workspace workspace;

    public SimulatorPlans(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Saves {@code whatIf} under {@code name}; the store refuses a blank name. */
    public long save(long partnerId, String name, WhatIf whatIf) {
        return workspace.savedPlans().save(partnerId, name, PlanBody.write(whatIf));
    }

    /** The partner's plans, newest first; one whose text cannot be read comes with its problem. */
    public List<SimulatorPlan> of(long partnerId) {
        return workspace.savedPlans().of(partnerId).stream().map(SimulatorPlans::plan).toList();
    }

    public Optional<SimulatorPlan> find(long partnerId, long planId) {
        return of(partnerId).stream().filter(p -> p.id() == planId).findFirst();
    }

    public boolean delete(long planId) {
        return workspace.savedPlans().delete(planId);
    }

    private static SimulatorPlan plan(SavedPlan saved) {
        try {
            return new SimulatorPlan(saved.id(), saved.name(), saved.createdAt(), PlanBody.read(saved.body()), null);
        } catch (InvalidPlanException | IllegalArgumentException e) {
            return new SimulatorPlan(saved.id(), saved.name(), saved.createdAt(), null, e.getMessage());
        }
    }
}
