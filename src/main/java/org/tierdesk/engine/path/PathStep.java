package org.tierdesk.engine.path;

import java.util.List;
import org.tierdesk.engine.standing.RequirementResult;

/**
 * An unmet requirement of the target tier and the alternative ways to close it, the one the proposal takes first.
 */
public record PathStep(RequirementResult requirement, List<PathAction> options) {
    public PathStep {
        options = List.copyOf(options);
    }

    /** Whether some option closes it by selling alone. */
    public boolean closableBySales() {
        return options.stream().anyMatch(PathAction::isSelling);
    }
}
