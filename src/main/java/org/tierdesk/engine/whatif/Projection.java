package org.tierdesk.engine.whatif;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.tierdesk.engine.standing.BonusResult;
import org.tierdesk.engine.standing.Standing;

/**
 * One side of a before → after comparison: the standing, and the tier the partner reaches ({@code tier}: the
 * highest qualified tier above the held one on its track, else the held tier) with the rewards and bonuses it gets
 * there once the vendor grants it. The engine never changes the held tier; this says what an upgrade would bring.
 */
public record Projection(Standing standing, String tier, Map<String, BigDecimal> rewards, List<BonusResult> bonuses) {
    public Projection {
        rewards = Map.copyOf(rewards);
        bonuses = List.copyOf(bonuses);
    }

    public BigDecimal points() {
        return standing.points();
    }

    public List<String> qualifiedTiers() {
        return standing.qualifiedTiers();
    }
}
