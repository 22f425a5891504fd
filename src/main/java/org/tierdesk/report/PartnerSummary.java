package org.tierdesk.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.standing.Standing;
import org.tierdesk.program.Program;

/**
 * Everything one partner summary page shows, gathered by whoever exports it (screen, command line, tests) so they
 * all feed the PDF the same way. {@code standing} is the very standing the screen showed; {@code managerName} and
 * {@code notes} may be null; {@code monthlySales} oldest first.
 */
public record PartnerSummary(Program program, String partnerName, LocalDate asOf, String managerName,
                             Standing standing, List<MonthlySales> monthlySales, List<SavedPlan> plans,
                             String notes, Locale locale) {
    /** How many months the sales chart covers. */
    public static final int CHART_MONTHS = 24;

    public PartnerSummary {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(partnerName, "partnerName");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(standing, "standing");
        Objects.requireNonNull(locale, "locale");
        if (!standing.programId().equals(program.id())) {
            throw new IllegalArgumentException("the standing is of program " + standing.programId()
                    + ", the summary of " + program.id());
        }
        monthlySales = List.copyOf(monthlySales);
        plans = List.copyOf(plans);
    }

    /** A summary from the partner's raw facts: the chart's months come from its sales; no manager, plans or notes. */
    public static PartnerSummary of(Program program, PartnerFacts facts, Standing standing, Locale locale) {
        return new PartnerSummary(program, facts.profile().name(), standing.asOf(), null, standing,
                SalesHistory.lastMonths(facts, program.currency(), standing.asOf(), CHART_MONTHS), List.of(), null,
                locale);
    }

    public PartnerSummary withManager(String name) {
        return new PartnerSummary(program, partnerName, asOf, name, standing, monthlySales, plans, notes, locale);
    }

    public PartnerSummary withPlans(List<SavedPlan> saved) {
        return new PartnerSummary(program, partnerName, asOf, managerName, standing, monthlySales, saved, notes,
                locale);
    }

    public PartnerSummary withNotes(String text) {
        return new PartnerSummary(program, partnerName, asOf, managerName, standing, monthlySales, plans, text,
                locale);
    }
}
