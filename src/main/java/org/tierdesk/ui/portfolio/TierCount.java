package org.tierdesk.ui.portfolio;

import java.util.List;

/** One program's partners per held tier, in the program's tier order, for the portfolio's header strip. */
public record TierCount(String programId, String program, List<Tier> tiers) {
    public TierCount {
        tiers = List.copyOf(tiers);
    }

    /** {@code label}: the tier's label in the manager's language; {@code partners}: how many hold it. */
    public record Tier(String id, String label, String badgeStyle, int partners) {
    }
}
