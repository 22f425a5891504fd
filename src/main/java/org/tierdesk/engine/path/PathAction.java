package org.tierdesk.engine.path;

import java.time.LocalDate;
import java.util.List;
import org.tierdesk.engine.whatif.WhatIf;

/**
 * One way to close a requirement: its parts (usually one: "1 seminar"; a mix: "1 seminar + 2 case studies"), the
 * points it earns (0 where points do not matter), the earliest date it takes effect where it cannot be done at once
 * ({@code metOn}: the end of the last quarter a quarterly activity needs; else null), and the what-if that does it,
 * to add to the simulator's.
 */
public record PathAction(List<ActionPart> parts, long points, LocalDate metOn, WhatIf whatIf) {
    public PathAction {
        parts = List.copyOf(parts);
    }

    /** Only selling. */
    public boolean isSelling() {
        return parts.stream().allMatch(p -> p.kind().isSelling());
    }
}
