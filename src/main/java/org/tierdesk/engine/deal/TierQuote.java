package org.tierdesk.engine.deal;

/**
 * A deal at one tier: {@code base} (the tier's own reward) and {@code withBonuses} (plus the bonuses whose condition
 * holds now, capped). {@code held}: the partner's held tier.
 */
public record TierQuote(String tier, boolean held, DealPrice base, DealPrice withBonuses) {
}
