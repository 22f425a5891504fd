package org.tierdesk.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.tierdesk.engine.whatif.Comparison;
import org.tierdesk.program.Program;

/**
 * A what-if plan the manager saved for this partner: its name, what it assumes ("+2 × seminar; +4,000 USD of
 * sales"; may be empty), and its before → after lines.
 */
public record SavedPlan(String name, String assumes, List<PlanChange> changes) {
    public SavedPlan {
        Objects.requireNonNull(name, "name");
        assumes = assumes == null ? "" : assumes;
        changes = List.copyOf(changes);
    }

    public SavedPlan(String name, List<PlanChange> changes) {
        this(name, "", changes);
    }

    /** The plan as the summary prints it: its what-if in words, then tier, points and rewards before → after. */
    public static SavedPlan of(String name, Comparison comparison, Program program, Locale locale) {
        ReportLanguage language = new ReportLanguage(locale);
        PlanWording wording = new PlanWording(program, language, new ProgramLabels(program, language));
        return new SavedPlan(name, wording.assumes(comparison.whatIf()), wording.changes(comparison));
    }
}
