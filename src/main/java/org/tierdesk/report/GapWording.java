package org.tierdesk.report;

import org.tierdesk.engine.standing.RequirementResult;

/** The gap of one requirement as the report prints it: "met", or what is missing. */
final class GapWording {
    private GapWording() {}

    static String of(RequirementResult result, ReportLanguage language) {
        if (result.met() || result.gap() == null) {
            return language.text("requirement.met");
        }
        return result.gap().text();
    }
}
