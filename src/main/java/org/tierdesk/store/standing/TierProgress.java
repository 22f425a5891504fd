package org.tierdesk.store.standing;

import java.util.Comparator;
import java.util.List;

import org.tierdesk.engine.standing.RequirementResult;
import org.tierdesk.engine.standing.Standing;

/**
 * How far a partner is toward its target tier (the next tier up its track; at the top, the held tier itself):
 * the mean of the target's requirements' progress, each weighted by how far its quantity is (380 of 500 points
 * counts 0.76, a yes/no requirement 0 or 1). The top gap is what stands most in the way: while the partner is at
 * risk, the held tier's unmet requirement with the least progress; otherwise the target's.
 */
public final class TierProgress {
    private TierProgress() {
    }

    public static String targetTier(Standing standing) {
        return standing.nextTier() != null ? standing.nextTier() : standing.heldTier();
    }

    public static double toward(Standing standing, String tier) {
        List<RequirementResult> requirements = tier == null ? List.of() : standing.requirementsOf(tier);
        if (requirements.isEmpty()) {
            return 1.0;
        }
        double sum = 0;
        for (RequirementResult r : requirements) {
            sum += r.met() ? 1.0 : Math.max(0, Math.min(1, r.progress()));
        }
        return sum / requirements.size();
    }

    public static RequirementResult topGap(Standing standing) {
        String tier = standing.atRisk() ? standing.heldTier() : targetTier(standing);
        if (tier == null) {
            return null;
        }
        return standing.requirementsOf(tier).stream().filter(r -> !r.met())
                .min(Comparator.comparingDouble(RequirementResult::progress)).orElse(null);
    }
}
