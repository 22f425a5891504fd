package org.tierdesk.report;

import java.math.BigDecimal;
import org.tierdesk.engine.standing.RequirementResult;
import org.tierdesk.program.Program;
import org.tierdesk.program.Requirement;
import org.tierdesk.program.VolumeUnit;

/** "current / required" for one evaluated requirement, in the words and units its kind calls for. */
final class RequirementFigures {
    private RequirementFigures() {}

    static String of(RequirementResult result, Program program, ReportLanguage language) {
        Requirement requirement = result.requirement();
        if (isYesNo(requirement)) {
            return language.text(result.met() ? "requirement.done" : "requirement.notDone");
        }
        return value(result.current(), requirement, program, language) + " / "
                + value(result.required(), requirement, program, language);
    }

    /** Checklist items, agreed plans and add-on conditions are done or not: a fraction would mean nothing. */
    static boolean isYesNo(Requirement requirement) {
        return requirement instanceof Requirement.Checklist || requirement instanceof Requirement.PlanAgreed
                || requirement instanceof Requirement.TierQualified;
    }

    private static String value(BigDecimal value, Requirement requirement, Program program,
                                ReportLanguage language) {
        if (value == null) {
            return "—";
        }
        boolean money = requirement instanceof Requirement.PlanMet
                || requirement instanceof Requirement.SalesVolume volume && volume.unit() == VolumeUnit.AMOUNT;
        return money ? language.money(value, program.currency()) : language.number(value);
    }
}
