package org.tierdesk.ui.portfolio;

import java.util.List;

/**
 * One partner as the portfolio table shows it, labels already in the manager's language, with its standing
 * computed once per refresh: {@code progress} toward {@code target} (0..1; -1 when the partner's program is not
 * loaded and there is no standing), the {@code topGap} in words ("" when nothing is missing), the flags, and the
 * warnings behind "expiring soon" in words. {@code badgeStyle} is the held tier's badge colour class.
 */
public record PortfolioRow(long id, String name, String programId, String program, String tierId, String tier,
                           String territory, String badgeStyle, double progress, String target, String topGap,
                           boolean upgradeDue, boolean atRisk, boolean expiringSoon, List<String> expiring) {
    public PortfolioRow {
        expiring = List.copyOf(expiring);
    }

    public boolean hasStanding() {
        return progress >= 0;
    }

    /** The flag column's order: upgrade due, at risk, expiring soon, no flag, no standing. */
    public int flagRank() {
        return !hasStanding() ? 4 : upgradeDue ? 0 : atRisk ? 1 : expiringSoon ? 2 : 3;
    }

    public boolean passes(FlagFilter filter) {
        return switch (filter) {
            case ALL -> true;
            case UPGRADE_DUE -> upgradeDue;
            case AT_RISK -> atRisk;
            case EXPIRING_SOON -> expiringSoon;
            case ANY_FLAG -> upgradeDue || atRisk || expiringSoon;
        };
    }
}
