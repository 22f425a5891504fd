package org.tierdesk.report;

import java.math.BigDecimal;
import org.tierdesk.program.Requirement;

/**
 * A tier's volume requirement as a line on the monthly sales chart: {@code perMonth} is the requirement itself
 * for a one-month window, else the monthly average that reaches it over its window.
 */
record ChartThreshold(String tier, Requirement.SalesVolume requirement, BigDecimal perMonth) {
}
