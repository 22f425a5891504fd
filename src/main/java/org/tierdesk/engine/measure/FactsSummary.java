package org.tierdesk.engine.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One partner's facts reduced to the measures its program needs, as of a date, plus the held tier. The engine
 * evaluates a standing from this alone; a measure missing from {@code values} is zero.
 */
public record FactsSummary(LocalDate asOf, LocalDate joined, String heldTier, LocalDate heldSince,
                           Map<Measure, BigDecimal> values) {
    public FactsSummary {
        values = Map.copyOf(values);
    }

    public BigDecimal value(Measure measure) {
        return values.getOrDefault(measure, BigDecimal.ZERO);
    }
}
