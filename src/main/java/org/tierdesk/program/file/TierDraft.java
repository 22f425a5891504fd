package org.tierdesk.program.file;

import org.tierdesk.program.LocalizedText;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A tier as written, before "X's items" are expanded: {@code includes} are the tiers whose requirements it takes
 * over, {@code own} the requirements it lists itself (which replace included ones with the same id).
 */
record TierDraft(String id, int line, LocalizedText label, String track, boolean addOn, List<Reference> includes,
                 List<LocatedRequirement> own, Map<String, BigDecimal> rewards, List<LocalizedText> benefits,
                 List<LocalizedText> restrictions, Long pointsFloor) {

    /** A tier id named at a line. */
    record Reference(String tier, int line) {}
}
