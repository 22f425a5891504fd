package org.tierdesk.store.standing;

import java.util.List;

import org.tierdesk.engine.standing.RequirementResult;
import org.tierdesk.engine.standing.Standing;

/**
 * One partner's standing as the portfolio and the partner's standing tab show it: the engine's {@link Standing}
 * (from the store's SQL facts summary), the {@code targetTier} the progress is measured against (the next tier up
 * the held tier's track, or the held tier at the top), {@code progress} toward it (0..1, see {@link TierProgress}),
 * the {@code topGap} (null when nothing is missing) and the warnings behind the "expiring soon" flag.
 */
public record PartnerStanding(long partnerId, String name, String programId, String territory, Standing standing,
                              String targetTier, double progress, RequirementResult topGap,
                              List<ExpiryWarning> expiring) {
    public PartnerStanding {
        expiring = List.copyOf(expiring);
    }

    public String heldTier() {
        return standing.heldTier();
    }

    /** A tier above the held one (or an add-on not held) is qualified: the manager can grant it. */
    public boolean upgradeDue() {
        return standing.upgradeDue();
    }

    /** A requirement of the held tier is not met: the partner may be moved down. */
    public boolean atRisk() {
        return standing.atRisk();
    }

    /** A met requirement of the held or next tier will fail soon (certification expiry, this month's pace). */
    public boolean expiringSoon() {
        return !expiring.isEmpty();
    }
}
