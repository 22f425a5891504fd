package org.tierdesk.program;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Percent points added to the held tier's reward while {@code condition} holds (also when the held tier's own
 * requirements are not met). {@code percentByTier}: tier id → added percent; a tier missing gets nothing.
 * {@code category}: the reward category it adds to, or null for every category.
 */
public record Bonus(String id, LocalizedText label, LocalizedText note, Requirement condition,
                    Map<String, BigDecimal> percentByTier, String category) {
    public Bonus {
        percentByTier = Map.copyOf(percentByTier);
    }
}
