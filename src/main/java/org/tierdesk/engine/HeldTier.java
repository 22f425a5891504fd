package org.tierdesk.engine;

import java.time.LocalDate;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.program.Program;

/**
 * The tier the vendor has granted a partner on a date, and since when. The engine never changes it: it is the
 * last tier-history entry dated on or before the date (held since that entry's date), else the profile's held
 * tier, else the program's first tier (both held since the join date).
 */
public record HeldTier(String tier, LocalDate since) {

    public static HeldTier on(Program program, PartnerFacts facts, LocalDate date) {
        return TierTimeline.of(program, facts).heldOn(date);
    }
}
