package org.tierdesk.ui.standing;

import java.math.BigDecimal;

/**
 * A tier's volume threshold drawn across the sales chart, per chart period: a monthly minimum as it is, a yearly
 * (trailing or membership-year) minimum divided by the periods in a year, so the line shows the pace it needs.
 */
public record ChartThreshold(String tier, String label, BigDecimal perPeriod) {
}
