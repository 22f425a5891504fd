package org.tierdesk.report;

import org.tierdesk.engine.standing.RequirementResult;
import org.tierdesk.program.Program;
import org.tierdesk.program.RewardCategory;
import org.tierdesk.program.Tier;

/** A program's ids as the reader should see them, in the report's language; an unknown id shows as itself. */
final class ProgramLabels {
    private final Program program;
    private final ReportLanguage language;
    private final GapWording gaps;

    ProgramLabels(Program program, ReportLanguage language) {
        this.program = program;
        this.language = language;
        this.gaps = new GapWording(program, language);
    }

    /** "Met", or the requirement's gap in the report's language. */
    String gap(RequirementResult result) {
        return gaps.of(result);
    }

    String tier(String tierId) {
        if (tierId == null) {
            return "—";
        }
        return program.tier(tierId).map(Tier::label).map(language::label).orElse(tierId);
    }

    /** An activity type's label ("Case study"), or the id where the program has no such type. */
    String activityType(String typeId) {
        return program.activityType(typeId).map(t -> language.label(t.label())).orElse(typeId);
    }

    String category(String categoryId) {
        return program.rewardCategories().stream().filter(c -> c.id().equals(categoryId)).findFirst()
                .map(RewardCategory::label).map(language::label).orElse(categoryId);
    }

    String vendor() {
        return language.label(program.vendor());
    }

    /** "Leo Backup · Partnership Policy": the vendor, then the program's own name when it adds something. */
    String programTitle() {
        String vendor = language.label(program.vendor());
        String name = language.label(program.name());
        if (name.isBlank() || name.equals(vendor)) {
            return vendor;
        }
        return name.contains(vendor) ? name : vendor + " · " + name;
    }
}
