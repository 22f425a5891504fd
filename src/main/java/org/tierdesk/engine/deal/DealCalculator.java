package org.tierdesk.engine.deal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tierdesk.engine.StandingEvaluator;
import org.tierdesk.engine.facts.Money;
import org.tierdesk.engine.measure.FactsSummary;
import org.tierdesk.engine.standing.Standing;
import org.tierdesk.program.Bonus;
import org.tierdesk.program.FirstSaleDiscount;
import org.tierdesk.program.Program;
import org.tierdesk.program.Tier;

/**
 * What a partner pays and earns on one deal, at the tier it holds and at every other, with the program's bonuses
 * (each alone, all together, under the reward cap) and its first-sale discount. A tier's "with bonuses" figure is
 * the engine's reward for that tier were it held, from the same facts summary: the bonuses whose condition holds
 * now, capped.
 */
public final class DealCalculator {
    private final StandingEvaluator evaluator = new StandingEvaluator();

    /**
     * @param price     the end-user price, in the program's currency
     * @param firstSale whether the partner has no sales yet (so this would be its very first)
     */
    public DealQuote quote(Program program, FactsSummary summary, Money price, String category, boolean firstSale) {
        Objects.requireNonNull(category, "category");
        if (price.amount().signum() < 0) {
            throw new IllegalArgumentException("a price cannot be negative: " + price.amount().toPlainString());
        }
        String held = summary.heldTier();
        List<TierQuote> tiers = new ArrayList<>();
        for (Tier tier : program.tiers()) {
            BigDecimal base = tier.rewards().get(category);
            if (base == null) {
                continue;
            }
            Standing there = evaluator.evaluate(program, asHolding(summary, tier.id()));
            BigDecimal withBonuses = there.rewards().getOrDefault(category, base);
            tiers.add(new TierQuote(tier.id(), tier.id().equals(held), DealPrice.at(price, base),
                    DealPrice.at(price, withBonuses)));
        }
        TierQuote heldQuote = tiers.stream().filter(TierQuote::held).findFirst().orElse(null);
        if (heldQuote == null) {
            return new DealQuote(price, category, tiers, List.of(), null, null, false, null);
        }
        Standing standing = evaluator.evaluate(program, summary);
        BigDecimal base = heldQuote.base().percent();
        List<BonusQuote> bonuses = new ArrayList<>();
        BigDecimal all = base;
        for (Bonus bonus : program.bonuses()) {
            BigDecimal percent = bonus.percentByTier().getOrDefault(held, BigDecimal.ZERO);
            if (percent.signum() == 0 || (bonus.category() != null && !bonus.category().equals(category))) {
                continue;
            }
            boolean met = standing.bonuses().stream()
                    .anyMatch(b -> b.bonus().id().equals(bonus.id()) && b.conditionMet());
            bonuses.add(new BonusQuote(bonus, met, DealPrice.at(price, capped(program, base.add(percent)))));
            all = all.add(percent);
        }
        DealPrice allBonuses = DealPrice.at(price, capped(program, all));
        FirstSaleDiscount discount = program.firstSaleDiscount();
        DealPrice first = null;
        boolean firstApplies = false;
        if (discount != null && (discount.category() == null || discount.category().equals(category))) {
            first = DealPrice.atWithExtra(price, heldQuote.withBonuses().percent(), discount.percent());
            firstApplies = firstSale;
        }
        DealPrice effective = firstApplies ? first : heldQuote.withBonuses();
        return new DealQuote(price, category, tiers, bonuses, allBonuses, first, firstApplies, effective);
    }

    static FactsSummary asHolding(FactsSummary summary, String tier) {
        return new FactsSummary(summary.asOf(), summary.joined(), tier, summary.heldSince(), summary.values());
    }

    private static BigDecimal capped(Program program, BigDecimal percent) {
        return program.rewardCap() == null ? percent : percent.min(program.rewardCap());
    }
}
