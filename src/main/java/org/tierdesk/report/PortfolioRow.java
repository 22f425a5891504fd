package org.tierdesk.report;

import java.util.Objects;
import org.tierdesk.engine.standing.Standing;
import org.tierdesk.program.Program;

/** One partner line of the portfolio report; {@code territory} may be null. */
public record PortfolioRow(String partner, Program program, String territory, Standing standing) {
    public PortfolioRow {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(standing, "standing");
        if (!standing.programId().equals(program.id())) {
            throw new IllegalArgumentException("partner " + partner + ": the standing is of program "
                    + standing.programId() + ", the row of " + program.id());
        }
    }
}
