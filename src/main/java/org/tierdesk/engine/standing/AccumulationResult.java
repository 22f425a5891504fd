package org.tierdesk.engine.standing;

import java.math.BigDecimal;

/**
 * Accumulation program figures: purchases summed over the window, the rate applied, the points, and the next
 * bracket's threshold with how much more would reach it (null at the top bracket).
 */
public record AccumulationResult(BigDecimal purchases, BigDecimal ratePercent, BigDecimal points,
                                 BigDecimal nextThreshold, BigDecimal toNextThreshold, BigDecimal nextRatePercent) {
}
