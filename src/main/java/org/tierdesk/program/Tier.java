package org.tierdesk.program;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A status of the program. Tiers of one {@code track} form a ladder in program order; an {@code addOn} tier sits on
 * top of others (its TierQualified requirement says which). {@code rewards}: reward category → percent.
 * {@code pointsFloor}: the points balance a partner is set to when moved down to this tier (Bitrix), or null.
 */
public record Tier(String id, LocalizedText label, String track, boolean addOn, List<Requirement> requirements,
                   Map<String, BigDecimal> rewards, List<LocalizedText> benefits,
                   List<LocalizedText> restrictions, Long pointsFloor) {
    public Tier {
        requirements = List.copyOf(requirements);
        rewards = Map.copyOf(rewards);
        benefits = List.copyOf(benefits);
        restrictions = List.copyOf(restrictions);
    }
}
