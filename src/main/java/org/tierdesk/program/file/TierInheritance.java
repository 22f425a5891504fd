package org.tierdesk.program.file;

import org.tierdesk.program.Requirement;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Expands "X's items": a tier's full list is its included tiers' lists (in order), with each requirement the tier
 * restates under the same id replacing the included one in place (the higher figure wins), and its other own
 * requirements appended.
 */
final class TierInheritance {
    private final Map<String, TierDraft> drafts = new LinkedHashMap<>();
    private final Map<String, List<LocatedRequirement>> expanded = new HashMap<>();

    TierInheritance(List<TierDraft> tiers) {
        tiers.forEach(t -> drafts.put(t.id(), t));
    }

    Map<String, List<LocatedRequirement>> expandAll() {
        for (TierDraft tier : drafts.values()) {
            expand(tier, new ArrayDeque<>());
        }
        return expanded;
    }

    private List<LocatedRequirement> expand(TierDraft tier, Deque<String> path) {
        List<LocatedRequirement> done = expanded.get(tier.id());
        if (done != null) {
            return done;
        }
        path.addLast(tier.id());
        List<LocatedRequirement> result = new ArrayList<>();
        for (TierDraft.Reference ref : tier.includes()) {
            if (path.contains(ref.tier())) {
                List<String> cycle = new ArrayList<>(path);
                cycle = cycle.subList(cycle.indexOf(ref.tier()), cycle.size());
                throw new ProblemAt(ref.line(), "tiers include each other in a cycle: "
                        + cycle.stream().collect(Collectors.joining(" → ")) + " → " + ref.tier()
                        + "; remove one of these 'includes'");
            }
            for (LocatedRequirement inherited : expand(drafts.get(ref.tier()), path)) {
                replaceOrAdd(result, inherited, false, tier.id());
            }
        }
        for (LocatedRequirement own : tier.own()) {
            replaceOrAdd(result, own, true, tier.id());
        }
        path.removeLast();
        List<LocatedRequirement> frozen = List.copyOf(result);
        expanded.put(tier.id(), frozen);
        return frozen;
    }

    private static void replaceOrAdd(List<LocatedRequirement> list, LocatedRequirement next, boolean restated,
                                     String tierId) {
        Requirement requirement = next.requirement();
        for (int i = 0; i < list.size(); i++) {
            Requirement existing = list.get(i).requirement();
            if (existing.id().equals(requirement.id())) {
                if (restated && existing.getClass() != requirement.getClass()) {
                    throw new ProblemAt(next.line(), "requirement id '" + requirement.id() + "' of tier '" + tierId
                            + "' restates an included requirement of another kind (line " + list.get(i).line()
                            + "); give it a different 'id'");
                }
                list.set(i, next);
                return;
            }
        }
        list.add(next);
    }
}
