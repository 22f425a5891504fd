package org.tierdesk.program;

import java.math.BigDecimal;
import java.util.List;

/**
 * An accumulation program: points = rate × purchases summed over {@code window}. The rate is that of the highest
 * bracket whose {@code above} the sum exceeds (the first bracket has above = 0 and applies from zero), applied to
 * the whole sum.
 */
public record Accumulation(Window window, List<Bracket> brackets, LocalizedText note) {
    public Accumulation {
        brackets = List.copyOf(brackets);
    }

    /** Rate {@code percent} for sums strictly above {@code above} (the first bracket: from 0 included). */
    public record Bracket(BigDecimal above, BigDecimal percent) {}
}
