package org.tierdesk.program;

import java.math.BigDecimal;

/**
 * How sales earn points: {@code points} for every whole {@code perAmount} of a sale in the program currency
 * (rounded down per sale). {@code holdingBonus}: extra points for sales made while the partner holds a tier.
 * Activities earn what their {@link ActivityType} says.
 */
public record PointsRules(BigDecimal perAmount, long points, HoldingBonus holdingBonus) {

    /** Extra {@code points} per whole {@code perAmount} of every sale made while the partner holds {@code tier}. */
    public record HoldingBonus(String tier, BigDecimal perAmount, long points, LocalizedText label) {}
}
