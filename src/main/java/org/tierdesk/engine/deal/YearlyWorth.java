package org.tierdesk.engine.deal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tierdesk.engine.StandingEvaluator;
import org.tierdesk.engine.facts.Money;
import org.tierdesk.engine.measure.FactsSummary;
import org.tierdesk.program.Program;
import org.tierdesk.program.RewardCategory;

/**
 * What another tier would be worth in money over a year: the partner's last 12 months of sales per category, at the
 * reward it gets now and at the reward of {@code tier} (both with the bonuses whose condition holds, capped), and
 * the difference in margin. Categories in the program's order, then any other category the sales name.
 */
public record YearlyWorth(String tier, List<CategoryWorth> categories, Money total) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public YearlyWorth {
        categories = List.copyOf(categories);
    }

    /**
     * @param salesByCategory sales of the last 12 months in the program's currency, by category (sales without a
     *                        category under the program's default category)
     */
    public static YearlyWorth of(Program program, FactsSummary summary, Map<String, BigDecimal> salesByCategory,
                                 String tier) {
        StandingEvaluator evaluator = new StandingEvaluator();
        Map<String, BigDecimal> now = evaluator.evaluate(program, summary).rewards();
        Map<String, BigDecimal> there = evaluator.evaluate(program, DealCalculator.asHolding(summary, tier)).rewards();
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        for (RewardCategory category : program.rewardCategories()) {
            if (salesByCategory.containsKey(category.id())) {
                ordered.put(category.id(), salesByCategory.get(category.id()));
            }
        }
        salesByCategory.forEach(ordered::putIfAbsent);
        String currency = program.currency();
        int scale = DealPrice.minorUnits(currency);
        List<CategoryWorth> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(scale);
        for (Map.Entry<String, BigDecimal> entry : ordered.entrySet()) {
            BigDecimal sales = entry.getValue();
            BigDecimal pNow = now.getOrDefault(entry.getKey(), BigDecimal.ZERO);
            BigDecimal pThere = there.getOrDefault(entry.getKey(), BigDecimal.ZERO);
            BigDecimal earnedNow = share(sales, pNow, scale);
            BigDecimal earnedThere = share(sales, pThere, scale);
            lines.add(new CategoryWorth(entry.getKey(), new Money(sales, currency), pNow, pThere,
                    new Money(earnedNow, currency), new Money(earnedThere, currency)));
            total = total.add(earnedThere.subtract(earnedNow));
        }
        return new YearlyWorth(tier, lines, new Money(total, currency));
    }

    private static BigDecimal share(BigDecimal amount, BigDecimal percent, int scale) {
        return amount.multiply(percent).divide(HUNDRED).setScale(scale, RoundingMode.HALF_UP);
    }
}
