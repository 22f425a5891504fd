package org.tierdesk.store.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tierdesk.engine.whatif.Simulation;
import org.tierdesk.engine.whatif.WhatIf;
import org.tierdesk.program.Program;
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

    /**
     * The partner's readable plans, newest first, each compared with its standing as of {@code asOf} (a plan with a
     * date of its own looks at that date), as the simulator would show it on reopening. A plan whose text cannot
     * be read has no what-if to compare and is left out.
     */
    public List<PlanOutcome> outcomes(long partnerId, Program program, LocalDate asOf) {
        List<SimulatorPlan> readable = of(partnerId).stream().filter(SimulatorPlan::readable).toList();
        if (readable.isEmpty()) {
            return List.of();
        }
        Simulation simulation = new Simulation(program, workspace.summaries().of(partnerId, asOf),
                date -> workspace.summaries().of(partnerId, date));
        return readable.stream().map(p -> new PlanOutcome(p, simulation.compare(p.whatIf()))).toList();
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
