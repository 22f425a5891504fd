package org.tierdesk.engine;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tierdesk.engine.standing.BonusResult;

/**
 * The reward percent per category for the held tier: its base rewards plus every bonus whose condition holds,
 * each bonus added to the category it names or to every category of the base rewards, then capped.
 */
final class RewardTotals {
    private RewardTotals() {
    }

    static Map<String, BigDecimal> of(Map<String, BigDecimal> base, Iterable<BonusResult> bonuses, BigDecimal cap) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>(base);
        for (BonusResult bonus : bonuses) {
            if (!bonus.conditionMet() || bonus.percent().signum() == 0) {
                continue;
            }
            String category = bonus.bonus().category();
            if (category == null) {
                totals.replaceAll((c, percent) -> percent.add(bonus.percent()));
            } else {
                totals.merge(category, bonus.percent(), BigDecimal::add);
            }
        }
        if (cap != null) {
            totals.replaceAll((c, percent) -> percent.min(cap));
        }
        return totals;
    }
}
