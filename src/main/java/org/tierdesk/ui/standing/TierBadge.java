package org.tierdesk.ui.standing;

import java.util.Objects;

import org.tierdesk.program.Program;
import org.tierdesk.program.Tier;

/**
 * The colour class of a held-tier badge: "tier-rank-N" by the tier's place on its track (0 lowest, at most 3), so
 * badges darken as partners climb; add-ons get "tier-rank-addon". The portfolio and the partner screen share it.
 */
public final class TierBadge {
    private TierBadge() {
    }

    public static String style(Program program, String tierId) {
        Tier tier = program == null || tierId == null ? null : program.tier(tierId).orElse(null);
        if (tier == null) {
            return "tier-rank-0";
        }
        if (tier.addOn()) {
            return "tier-rank-addon";
        }
        int index = program.tierIndex(tierId);
        long below = program.tiers().stream().filter(t -> !t.addOn() && Objects.equals(t.track(), tier.track())
                && program.tierIndex(t.id()) < index).count();
        return "tier-rank-" + Math.min(below, 3);
    }
}
