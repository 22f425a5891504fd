package org.tierdesk.engine.whatif;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tierdesk.engine.standing.BonusResult;
import org.tierdesk.engine.standing.RequirementResult;

/**
 * Before → after a what-if: each side's standing and reached tier, and every requirement side by side (in the
 * standing's program order), so a screen can highlight what changed.
 */
public record Comparison(WhatIf whatIf, Projection before, Projection after, List<RequirementChange> requirements) {
    public Comparison {
        requirements = List.copyOf(requirements);
    }

    public static Comparison of(WhatIf whatIf, Projection before, Projection after) {
        List<RequirementResult> a = before.standing().requirements();
        List<RequirementResult> b = after.standing().requirements();
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("the two standings are of different programs");
        }
        List<RequirementChange> changes = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            changes.add(new RequirementChange(a.get(i), b.get(i)));
        }
        return new Comparison(whatIf, before, after, changes);
    }

    public boolean tierChanged() {
        return !Objects.equals(before.tier(), after.tier());
    }

    public boolean pointsChanged() {
        return before.points().compareTo(after.points()) != 0;
    }

    /** Tiers qualified after and not before. */
    public Set<String> newlyQualified() {
        Set<String> tiers = new LinkedHashSet<>(after.qualifiedTiers());
        tiers.removeAll(before.qualifiedTiers());
        return tiers;
    }

    /** The reward of a category before and after differs. */
    public boolean rewardChanged(String category) {
        BigDecimal x = before.rewards().getOrDefault(category, BigDecimal.ZERO);
        BigDecimal y = after.rewards().getOrDefault(category, BigDecimal.ZERO);
        return x.compareTo(y) != 0;
    }

    /** A bonus of the program whose condition holds on one side only. */
    public boolean bonusChanged(String bonusId) {
        return met(before, bonusId) != met(after, bonusId);
    }

    public List<RequirementChange> changedRequirements() {
        return requirements.stream().filter(RequirementChange::changed).toList();
    }

    private static boolean met(Projection side, String bonusId) {
        return side.bonuses().stream().filter(b -> b.bonus().id().equals(bonusId))
                .anyMatch(BonusResult::conditionMet);
    }
}
