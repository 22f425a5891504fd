package org.tierdesk.report;

import java.util.Comparator;
import java.util.Optional;
import org.tierdesk.engine.standing.RequirementResult;
import org.tierdesk.engine.standing.Standing;

/**
 * The one gap a portfolio line shows: while the held tier is at risk, its weakest unmet requirement (keeping the
 * tier comes first); otherwise the next tier's weakest unmet requirement (the furthest from done).
 */
final class TopGap {
    private TopGap() {}

    static Optional<RequirementResult> of(Standing standing) {
        Optional<RequirementResult> held = weakest(standing, standing.heldTier());
        if (standing.atRisk() && held.isPresent()) {
            return held;
        }
        return standing.nextTier() == null ? Optional.empty() : weakest(standing, standing.nextTier());
    }

    private static Optional<RequirementResult> weakest(Standing standing, String tier) {
        return standing.requirementsOf(tier).stream().filter(r -> !r.met())
                .min(Comparator.comparingDouble(RequirementResult::progress));
    }
}
