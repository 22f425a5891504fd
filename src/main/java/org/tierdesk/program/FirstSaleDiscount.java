package org.tierdesk.program;

import java.math.BigDecimal;

/**
 * An extra discount on a partner's very first sale (Bitrix: 50 %), taken off what the partner would pay at its
 * tier's reward: it pays (1 − reward) × (1 − {@code percent}) of the end-user price. {@code category}: the reward
 * category it applies to, or null for every category.
 */
public record FirstSaleDiscount(BigDecimal percent, String category, LocalizedText label) {
}
