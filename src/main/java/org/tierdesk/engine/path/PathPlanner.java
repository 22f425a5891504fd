package org.tierdesk.engine.path;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tierdesk.engine.measure.FactsSummary;
import org.tierdesk.engine.standing.RequirementResult;
import org.tierdesk.engine.standing.Standing;
import org.tierdesk.engine.whatif.Simulation;
import org.tierdesk.engine.whatif.WhatIf;
import org.tierdesk.program.Program;
import org.tierdesk.program.Requirement;

/**
 * The smallest set of actions that takes a partner (with the simulator's current what-if) to a tier, from the
 * program's own rules: each unmet requirement with its alternatives ({@link RequirementOptions}); an add-on's
 * "one of these tiers" is closed through the base tier that needs the fewest steps. The proposal takes every
 * step's first option; it is checked by simulating it, and planned again from there when it falls short (a later
 * date a quarterly activity needs can drop older sales out of a window), a few rounds at most.
 */
public final class PathPlanner {
    private static final int ROUNDS = 3;

    private final Simulation simulation;
    private final Program program;
    private final RequirementOptions options;

    public PathPlanner(Simulation simulation) {
        this.simulation = simulation;
        this.program = simulation.program();
        this.options = new RequirementOptions(program);
    }

    /** The way to the next tier up the held track, if there is one. */
    public Optional<TierPath> toNextTier(WhatIf current) {
        String next = simulation.after(current).standing().nextTier();
        return next == null ? Optional.empty() : Optional.of(to(next, current));
    }

    public TierPath to(String target, WhatIf current) {
        if (program.tier(target).isEmpty()) {
            throw new IllegalArgumentException("no tier '" + target + "' in program " + program.id());
        }
        FactsSummary summary = simulation.summaryAfter(current);
        Standing standing = simulation.project(summary).standing();
        if (standing.qualifiedTiers().contains(target)) {
            return new TierPath(target, true, List.of(), WhatIf.NONE, true, List.of());
        }
        List<PathStep> steps = steps(target, standing, summary, new HashSet<>());
        WhatIf proposal = proposal(steps);
        List<PathStep> allSteps = new ArrayList<>(steps);
        boolean reachable = qualifies(target, current.plus(proposal));
        for (int round = 1; round < ROUNDS && !reachable; round++) {
            WhatIf tried = current.plus(proposal);
            FactsSummary again = simulation.summaryAfter(tried);
            List<PathStep> more = steps(target, simulation.project(again).standing(), again, new HashSet<>());
            if (more.isEmpty()) {
                break;
            }
            allSteps.addAll(more);
            proposal = proposal.plus(proposal(more));
            reachable = qualifies(target, current.plus(proposal));
        }
        List<PathStep> notBySales = allSteps.stream().filter(s -> !s.closableBySales()).toList();
        return new TierPath(target, false, allSteps, proposal, reachable, notBySales);
    }

    /** The alternatives to close one unmet requirement or bonus condition in the current what-if's world. */
    public List<PathAction> optionsFor(RequirementResult result, WhatIf current) {
        return options.of(result, simulation.summaryAfter(current));
    }

    private List<PathStep> steps(String target, Standing standing, FactsSummary summary, Set<String> visiting) {
        visiting.add(target);
        List<PathStep> steps = new ArrayList<>();
        for (RequirementResult result : standing.requirementsOf(target)) {
            if (result.met()) {
                continue;
            }
            if (result.requirement() instanceof Requirement.TierQualified base) {
                steps.addAll(cheapestBase(base, standing, summary, visiting));
            } else {
                steps.add(new PathStep(result, options.of(result, summary)));
            }
        }
        return steps;
    }

    private List<PathStep> cheapestBase(Requirement.TierQualified requirement, Standing standing,
                                        FactsSummary summary, Set<String> visiting) {
        List<PathStep> best = null;
        for (String base : requirement.tiers()) {
            if (visiting.contains(base)) {
                continue;
            }
            List<PathStep> steps = steps(base, standing, summary, new HashSet<>(visiting));
            if (best == null || steps.size() < best.size()) {
                best = steps;
            }
        }
        return best == null ? List.of() : best;
    }

    private static WhatIf proposal(List<PathStep> steps) {
        WhatIf proposal = WhatIf.NONE;
        for (PathStep step : steps) {
            if (!step.options().isEmpty()) {
                proposal = proposal.plus(step.options().get(0).whatIf());
            }
        }
        return proposal;
    }

    private boolean qualifies(String target, WhatIf whatIf) {
        return simulation.after(whatIf).qualifiedTiers().contains(target);
    }
}
