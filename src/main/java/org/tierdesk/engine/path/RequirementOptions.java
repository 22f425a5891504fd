package org.tierdesk.engine.path;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.tierdesk.engine.measure.FactsSummary;
import org.tierdesk.engine.measure.Measure;
import org.tierdesk.engine.standing.RequirementResult;
import org.tierdesk.engine.window.Quarter;
import org.tierdesk.engine.whatif.WhatIf;
import org.tierdesk.program.Program;
import org.tierdesk.program.Requirement;
import org.tierdesk.program.VolumeUnit;

/**
 * The alternative ways to close one unmet requirement (or bonus condition), from the program's own rules and the
 * partner's summary; best first. None for a met requirement, nor for a tier-qualified one (the planner looks at its
 * base tiers instead).
 */
final class RequirementOptions {
    private final Program program;

    RequirementOptions(Program program) {
        this.program = program;
    }

    List<PathAction> of(RequirementResult result, FactsSummary summary) {
        if (result.met()) {
            return List.of();
        }
        BigDecimal missing = result.gap() == null ? BigDecimal.ONE : result.gap().missing();
        return switch (result.requirement()) {
            case Requirement.Checklist r -> List.of(single(ActionKind.CHECKLIST, r.item(), BigDecimal.ONE, null,
                    WhatIf.NONE.withChecklist(r.item(), true)));
            case Requirement.CertifiedStaff r -> List.of(single(ActionKind.CERTIFIED_STAFF, r.certification(),
                    missing, null, WhatIf.NONE.withCertified(r.certification(), missing.intValueExact())));
            case Requirement.StaffInRole r -> List.of(single(ActionKind.STAFF_IN_ROLE, r.role(), missing, null,
                    WhatIf.NONE.withRole(r.role(), missing.intValueExact())));
            case Requirement.SalesVolume r -> {
                // a rule over every category is met by sales of the default one, which a simulator control names
                String category = r.category() != null ? r.category() : program.defaultCategory();
                yield r.unit() == VolumeUnit.LICENSES
                        ? List.of(single(ActionKind.LICENSES, category, missing, r.window(),
                        WhatIf.NONE.withSales(r.window(), category, BigDecimal.ZERO, missing.longValueExact())))
                        : List.of(single(ActionKind.SALES, category, missing, r.window(),
                        WhatIf.NONE.withSales(r.window(), category, missing, 0)));
            }
            case Requirement.Points r -> PointsOptions.of(program, missing.longValueExact(), summary.heldTier());
            case Requirement.ActivityCount r -> List.of(single(ActionKind.ACTIVITIES, r.activityType(), missing, null,
                    WhatIf.NONE.withActivities(r.activityType(), missing.intValueExact())));
            case Requirement.ActivityRatio r -> List.of(ratio(r, summary));
            case Requirement.QuarterlyActivity r -> List.of(quarterly(r, summary));
            case Requirement.PlanAgreed r -> List.of(single(ActionKind.PLAN_AGREED, null, BigDecimal.ONE, null,
                    WhatIf.NONE.withPlanAgreed(true, null)));
            case Requirement.PlanMet r -> List.of(planMet(result, summary));
            case Requirement.TierQualified r -> List.of();
        };
    }

    /** Enough numerator activities (and denominator ones first where the rule needs a minimum of them). */
    private PathAction ratio(Requirement.ActivityRatio r, FactsSummary summary) {
        long numerator = summary.value(new Measure.ActivityCount(r.numeratorType(), r.window(), false)).longValue();
        long denominator = summary.value(new Measure.ActivityCount(r.denominatorType(), r.window(), false))
                .longValue();
        long moreDenominator = Math.max(0, r.minimumDenominator() - denominator);
        BigDecimal required = r.ratio().multiply(BigDecimal.valueOf(denominator + moreDenominator));
        long enough = r.strict() ? required.setScale(0, RoundingMode.FLOOR).longValue() + 1
                : required.setScale(0, RoundingMode.CEILING).longValue();
        long moreNumerator = Math.max(0, enough - numerator);
        WhatIf whatIf = WhatIf.NONE;
        java.util.List<ActionPart> parts = new java.util.ArrayList<>();
        if (moreDenominator > 0) {
            parts.add(new ActionPart(ActionKind.ACTIVITIES, r.denominatorType(), BigDecimal.valueOf(moreDenominator),
                    null));
            whatIf = whatIf.withActivities(r.denominatorType(), (int) moreDenominator);
        }
        if (moreNumerator > 0) {
            parts.add(new ActionPart(ActionKind.ACTIVITIES, r.numeratorType(), BigDecimal.valueOf(moreNumerator),
                    null));
            whatIf = whatIf.withActivities(r.numeratorType(), (int) moreNumerator);
        }
        return new PathAction(parts, 0, null, whatIf);
    }

    /**
     * Quarters without an activity cannot be filled any more; they leave the window as new quarters come in. With
     * the most recent quarter lacking one {@code b} quarters back, the next {@code quarters − b + 1} quarters (this
     * one included) each need an activity, and the requirement is met at the end of the last of them.
     */
    private PathAction quarterly(Requirement.QuarterlyActivity r, FactsSummary summary) {
        int mostRecentMissing = r.quarters();
        for (int back = 1; back <= r.quarters(); back++) {
            if (summary.value(new Measure.ActivityInQuarter(r.activityType(), back)).signum() == 0) {
                mostRecentMissing = back;
                break;
            }
        }
        int needed = r.quarters() - mostRecentMissing + 1;
        Quarter quarter = Quarter.containing(summary.asOf().plusDays(1));
        for (int i = 1; i < needed; i++) {
            quarter = Quarter.containing(quarter.end().plusDays(1));
        }
        LocalDate metOn = quarter.end();
        return new PathAction(List.of(new ActionPart(ActionKind.ACTIVITY_EACH_QUARTER, r.activityType(),
                BigDecimal.valueOf(needed), null)), 0, metOn,
                WhatIf.NONE.withActivityEachQuarter(r.activityType(), true).withAsOf(metOn));
    }

    private PathAction planMet(RequirementResult result, FactsSummary summary) {
        if (summary.value(new Measure.PlanAgreed()).signum() == 0) {
            return new PathAction(List.of(new ActionPart(ActionKind.PLAN_AGREED, null, BigDecimal.ONE, null),
                    new ActionPart(ActionKind.PLAN_MET, null, BigDecimal.ZERO, null)), 0, null,
                    WhatIf.NONE.withPlanAgreed(true, null).withPlanMet(true));
        }
        return single(ActionKind.PLAN_MET, null, result.gap().missing(), null, WhatIf.NONE.withPlanMet(true));
    }

    private static PathAction single(ActionKind kind, String subject, BigDecimal quantity,
                                     org.tierdesk.program.Window window, WhatIf whatIf) {
        return new PathAction(List.of(new ActionPart(kind, subject, quantity, window)), 0, null, whatIf);
    }
}
