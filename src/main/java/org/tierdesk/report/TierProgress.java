package org.tierdesk.report;

import java.util.List;
import org.tierdesk.engine.standing.RequirementResult;
import org.tierdesk.engine.standing.Standing;

/**
 * How far a partner is toward a tier as one figure: the mean of that tier's requirement progress values, so a tier
 * with every requirement half met reads 50 % and a met tier 100 %.
 */
final class TierProgress {
    private TierProgress() {}

    static double toward(Standing standing, String tierId) {
        List<RequirementResult> results = standing.requirementsOf(tierId);
        if (results.isEmpty()) {
            return 1.0;
        }
        return results.stream().mapToDouble(r -> r.met() ? 1.0 : r.progress()).average().orElse(1.0);
    }
}
