package org.tierdesk.engine.whatif;

import org.tierdesk.engine.standing.RequirementResult;

/** One requirement of one tier, before and after the what-if; {@link #changed} when met-ness or figure moved. */
public record RequirementChange(RequirementResult before, RequirementResult after) {

    public String tier() {
        return after.tier();
    }

    public boolean changed() {
        return before.met() != after.met() || before.current().compareTo(after.current()) != 0;
    }

    /** Not met before, met after. */
    public boolean newlyMet() {
        return !before.met() && after.met();
    }

    /** Met before, not after (a later as-of date can lose a requirement). */
    public boolean lost() {
        return before.met() && !after.met();
    }
}
