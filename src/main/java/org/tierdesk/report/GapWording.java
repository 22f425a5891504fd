package org.tierdesk.report;

import org.tierdesk.engine.standing.GapPhrases;
import org.tierdesk.engine.standing.RequirementResult;
import org.tierdesk.program.Program;

/**
 * The gap of one requirement as the report prints it: "met", or what is missing phrased by the engine's
 * {@link GapPhrases} in the report's language with the program's labels: the words the screens use.
 */
final class GapWording {
    private final GapPhrases phrases;
    private final ReportLanguage language;

    GapWording(Program program, ReportLanguage language) {
        this.phrases = GapPhrases.in(language.locale(), program);
        this.language = language;
    }

    String of(RequirementResult result) {
        if (result.met() || result.gap() == null) {
            return language.text("requirement.met");
        }
        return phrases.phrase(result.gap());
    }
}
