package org.tierdesk.program.file;

import org.tierdesk.program.Requirement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses tiers whose tier-qualified requirements lead back to themselves (service needs professional, which needs
 * service...): such a tier could never be evaluated.
 */
final class QualificationCycles {
    private final Map<String, List<LocatedRequirement>> requirementsByTier;
    private final Set<String> cleared = new HashSet<>();

    QualificationCycles(Map<String, List<LocatedRequirement>> requirementsByTier) {
        this.requirementsByTier = requirementsByTier;
    }

    void check(List<String> tierIds) {
        for (String tier : tierIds) {
            visit(tier, new ArrayList<>());
        }
    }

    private void visit(String tier, List<String> path) {
        if (cleared.contains(tier)) {
            return;
        }
        path.add(tier);
        for (LocatedRequirement located : requirementsByTier.getOrDefault(tier, List.of())) {
            if (located.requirement() instanceof Requirement.TierQualified qualified) {
                for (String needed : qualified.tiers()) {
                    if (path.contains(needed)) {
                        List<String> cycle = path.subList(path.indexOf(needed), path.size());
                        throw new ProblemAt(located.line(), "tier '" + tier + "' requires tier '" + needed
                                + "' to be qualified, which needs it in turn: "
                                + cycle.stream().collect(Collectors.joining(" → ")) + " → " + needed
                                + "; a tier cannot depend on itself");
                    }
                    visit(needed, path);
                }
            }
        }
        path.remove(path.size() - 1);
        cleared.add(tier);
    }
}
