package org.tierdesk.engine.path;

import java.util.List;
import org.tierdesk.engine.whatif.WhatIf;

/**
 * The way to {@code target} from where a partner stands (its what-if included): one step per unmet requirement
 * (an add-on's base tier contributes its own), the proposal (each step's first option together; applied in the
 * simulator, {@code reachable} says whether it qualifies the target), and whether sales alone could get there
 * ({@code notBySales}: the steps selling cannot close, e.g. certifications and checklist items).
 */
public record TierPath(String target, boolean alreadyQualified, List<PathStep> steps, WhatIf proposal,
                       boolean reachable, List<PathStep> notBySales) {
    public TierPath {
        steps = List.copyOf(steps);
        notBySales = List.copyOf(notBySales);
    }

    public boolean reachableBySalesAlone() {
        return notBySales.isEmpty();
    }
}
