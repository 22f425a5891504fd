package org.tierdesk.engine.path;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.tierdesk.engine.standing.BonusResult;

/**
 * A bonus of the held tier whose condition does not hold yet: the ways to meet it, and what it would add to each
 * reward category ({@code gain}, percent points, after the program's cap: 0 when the cap is already reached).
 */
public record BonusCliff(BonusResult bonus, List<PathAction> options, Map<String, BigDecimal> gain) {
    public BonusCliff {
        options = List.copyOf(options);
        gain = Map.copyOf(gain);
    }

    /** Whether meeting it would raise some reward (a capped or zero bonus would not). */
    public boolean pays() {
        return gain.values().stream().anyMatch(g -> g.signum() > 0);
    }
}
