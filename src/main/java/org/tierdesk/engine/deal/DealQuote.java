package org.tierdesk.engine.deal;

import java.util.List;
import java.util.Optional;
import org.tierdesk.engine.facts.Money;

/**
 * One deal for an end-user {@code price} in a {@code category}: at every tier that rewards the category
 * ({@code tiers}, program order), with each of the held tier's bonuses alone ({@code bonuses}), with all of them
 * ({@code allBonuses}, capped: ASoft's 40 %), and with the first-sale discount where the program has one
 * ({@code firstSale}; {@code firstSaleApplies} when the partner has no sales yet). {@code effective}: what this deal
 * comes to for the partner now (the first-sale price when it applies, else the held tier's with its bonuses).
 * Empty lists where the program publishes no reward for the category.
 */
public record DealQuote(Money price, String category, List<TierQuote> tiers, List<BonusQuote> bonuses,
                        DealPrice allBonuses, DealPrice firstSale, boolean firstSaleApplies, DealPrice effective) {
    public DealQuote {
        tiers = List.copyOf(tiers);
        bonuses = List.copyOf(bonuses);
    }

    public Optional<TierQuote> held() {
        return tiers.stream().filter(TierQuote::held).findFirst();
    }

    public Optional<TierQuote> at(String tier) {
        return tiers.stream().filter(t -> t.tier().equals(tier)).findFirst();
    }

    /** Whether the program publishes a reward for this category at any tier. */
    public boolean rewarded() {
        return !tiers.isEmpty();
    }
}
