package org.tierdesk.engine.whatif;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.tierdesk.program.PointsRules;

/**
 * The points one sale earns under a program's points rules, as the ledger counts them: floor(amount / perAmount) ×
 * points, plus the holding bonus's floor(amount / its perAmount) × its points when the sale is made while the partner
 * holds the bonus tier (Bitrix: 330 USD while holding business earns 33 + 30).
 */
public final class SalePoints {
    private SalePoints() {
    }

    public static long of(PointsRules rules, BigDecimal amount, String heldTier) {
        if (rules == null || amount.signum() <= 0) {
            return 0;
        }
        long points = per(amount, rules.perAmount(), rules.points());
        PointsRules.HoldingBonus bonus = rules.holdingBonus();
        if (bonus != null && bonus.tier().equals(heldTier)) {
            points += per(amount, bonus.perAmount(), bonus.points());
        }
        return points;
    }

    /** Whether sales earn points at all under these rules. */
    public static boolean earns(PointsRules rules) {
        return rules != null && rules.points() > 0 && rules.perAmount() != null && rules.perAmount().signum() > 0;
    }

    private static long per(BigDecimal amount, BigDecimal perAmount, long points) {
        if (perAmount == null || perAmount.signum() <= 0) {
            return 0;
        }
        return amount.divide(perAmount, 0, RoundingMode.FLOOR).longValueExact() * points;
    }
}
