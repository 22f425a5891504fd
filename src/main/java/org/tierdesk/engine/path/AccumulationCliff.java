package org.tierdesk.engine.path;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A threshold of the accumulation rate within reach: purchases (program currency) of more than {@code more} made by
 * {@code before} (the end of the quarter under way, when they count) lift the rate from {@code rateNow} to
 * {@code rateAfter} percent on the whole sum, so the points go from {@code pointsWithout} (what the purchases so far
 * earn) to {@code pointsWith} just past the threshold. Intelligent Platforms: another 180,000 KZT doubles the rate.
 */
public record AccumulationCliff(BigDecimal more, LocalDate before, BigDecimal purchases, BigDecimal threshold,
                                BigDecimal rateNow, BigDecimal rateAfter, BigDecimal pointsWithout,
                                BigDecimal pointsWith) {
}
