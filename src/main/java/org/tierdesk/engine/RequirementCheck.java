package org.tierdesk.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.tierdesk.engine.measure.FactsSummary;
import org.tierdesk.engine.measure.Measure;
import org.tierdesk.engine.standing.Gap;
import org.tierdesk.engine.standing.GapPhrases;
import org.tierdesk.engine.standing.GapUnit;
import org.tierdesk.engine.standing.RequirementResult;
import org.tierdesk.engine.window.Quarter;
import org.tierdesk.engine.window.Windows;
import org.tierdesk.program.Requirement;
import org.tierdesk.program.VolumeUnit;

/**
 * Compares one requirement with a partner's measures: current and required figures (1/0 for yes/no
 * requirements), met or not, progress, and the gap when not met. Money gaps are rounded up to whole units of the
 * currency, so doing what the gap says always meets the requirement.
 */
public final class RequirementCheck {
    private final FactsSummary summary;
    private final String currency;
    private final Predicate<String> qualified;

    /**
     * @param currency  the program's currency (the unit of money gaps)
     * @param qualified whether a tier is qualified, for TierQualified requirements
     */
    public RequirementCheck(FactsSummary summary, String currency, Predicate<String> qualified) {
        this.summary = summary;
        this.currency = currency;
        this.qualified = qualified;
    }

    public RequirementResult check(String tier, Requirement requirement) {
        return switch (requirement) {
            case Requirement.Checklist r -> yesNo(tier, r, value(new Measure.ChecklistDone(r.item())),
                    GapUnit.CHECKLIST, r.item(), null);
            case Requirement.CertifiedStaff r -> atLeast(tier, r, value(new Measure.CertifiedStaff(r.certification())),
                    BigDecimal.valueOf(r.count()), GapUnit.CERTIFIED_STAFF, r.certification(), null);
            case Requirement.StaffInRole r -> atLeast(tier, r, value(new Measure.StaffInRole(r.role())),
                    BigDecimal.valueOf(r.count()), GapUnit.STAFF, r.role(), null);
            case Requirement.SalesVolume r -> r.unit() == VolumeUnit.LICENSES
                    ? atLeast(tier, r, value(new Measure.Licenses(r.window(), r.category())), r.minimum(),
                    GapUnit.LICENSES, r.category(), r.window().id())
                    : atLeast(tier, r, value(new Measure.SalesAmount(r.window(), r.category())), r.minimum(),
                    currency, r.category(), r.window().id());
            case Requirement.Points r -> atLeast(tier, r, value(new Measure.PointsBalance()),
                    BigDecimal.valueOf(r.minimum()), GapUnit.POINTS, null, null);
            case Requirement.ActivityCount r -> atLeast(tier, r,
                    value(new Measure.ActivityCount(r.activityType(), r.window(), r.approvedOnly())),
                    BigDecimal.valueOf(r.minimum()), GapUnit.ACTIVITIES, r.activityType(), r.window().id());
            case Requirement.ActivityRatio r -> ratio(tier, r);
            case Requirement.QuarterlyActivity r -> quarterly(tier, r);
            case Requirement.PlanAgreed r -> planAgreed(tier, r);
            case Requirement.PlanMet r -> planMet(tier, r);
            case Requirement.TierQualified r -> {
                boolean any = r.tiers().stream().anyMatch(qualified);
                yield yesNo(tier, r, any ? BigDecimal.ONE : BigDecimal.ZERO, GapUnit.TIER,
                        String.join(",", r.tiers()), null);
            }
        };
    }

    private BigDecimal value(Measure measure) {
        return summary.value(measure);
    }

    private RequirementResult yesNo(String tier, Requirement r, BigDecimal current, String unit, String subject,
                                    String window) {
        boolean met = current.signum() > 0;
        return new RequirementResult(tier, r, met, met ? BigDecimal.ONE : BigDecimal.ZERO, BigDecimal.ONE,
                met ? 1.0 : 0.0, met ? null : gap(BigDecimal.ONE, unit, subject, window));
    }

    private RequirementResult atLeast(String tier, Requirement r, BigDecimal current, BigDecimal required,
                                      String unit, String subject, String window) {
        boolean met = current.compareTo(required) >= 0;
        Gap gap = met ? null : gap(wholeUnitsUp(required.subtract(current)), unit, subject, window);
        return new RequirementResult(tier, r, met, current, required, progress(current, required, met), gap);
    }

    /**
     * reviews ≥ ratio × implementations (or &gt; with strict). Below {@code minimumDenominator} denominator
     * activities, the requirement is met when that figure is 0 and missing the denominator otherwise.
     */
    private RequirementResult ratio(String tier, Requirement.ActivityRatio r) {
        BigDecimal numerator = value(new Measure.ActivityCount(r.numeratorType(), r.window(), false));
        BigDecimal denominator = value(new Measure.ActivityCount(r.denominatorType(), r.window(), false));
        BigDecimal required = r.ratio().multiply(denominator);
        if (denominator.compareTo(BigDecimal.valueOf(r.minimumDenominator())) < 0 || denominator.signum() == 0) {
            if (r.minimumDenominator() == 0) {
                return new RequirementResult(tier, r, true, numerator, required, 1.0, null);
            }
            BigDecimal missing = BigDecimal.valueOf(r.minimumDenominator()).subtract(denominator);
            return new RequirementResult(tier, r, false, numerator, required, 0.0,
                    gap(missing, GapUnit.ACTIVITIES, r.denominatorType(), r.window().id()));
        }
        boolean met = r.strict() ? numerator.compareTo(required) > 0 : numerator.compareTo(required) >= 0;
        // the fewest whole activities that satisfy the comparison
        BigDecimal enough = r.strict() ? required.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE)
                : required.setScale(0, RoundingMode.CEILING);
        Gap gap = met ? null : gap(enough.subtract(numerator), GapUnit.ACTIVITIES, r.numeratorType(),
                r.window().id());
        return new RequirementResult(tier, r, met, numerator, required, progress(numerator, enough, met), gap);
    }

    private RequirementResult quarterly(String tier, Requirement.QuarterlyActivity r) {
        BigDecimal current = value(new Measure.ActivityQuarters(r.activityType(), r.quarters()));
        BigDecimal required = BigDecimal.valueOf(r.quarters());
        boolean met = current.compareTo(required) >= 0;
        Gap gap = null;
        if (!met) {
            BigDecimal missing = required.subtract(current);
            gap = gap(missing, GapUnit.ACTIVITIES, r.activityType(), missingQuarters(r, missing));
        }
        return new RequirementResult(tier, r, met, current, required, progress(current, required, met), gap);
    }

    /**
     * The quarters without an activity, oldest first, as "2025-Q4,2026-Q2"; when the summary's per-quarter
     * figures do not add up to its count (a summary built without them), the window as a whole.
     */
    private String missingQuarters(Requirement.QuarterlyActivity r, BigDecimal missing) {
        List<Quarter> quarters = Windows.lastCompletedQuarters(r.quarters(), summary.asOf());
        List<String> without = new ArrayList<>();
        for (int i = 0; i < quarters.size(); i++) {
            int back = quarters.size() - i;
            if (value(new Measure.ActivityInQuarter(r.activityType(), back)).signum() == 0) {
                without.add(quarters.get(i).label());
            }
        }
        if (BigDecimal.valueOf(without.size()).compareTo(missing) != 0) {
            return "last-" + r.quarters() + "-quarters";
        }
        return String.join(",", without);
    }

    private RequirementResult planAgreed(String tier, Requirement.PlanAgreed r) {
        return yesNo(tier, r, value(new Measure.PlanAgreed()), GapUnit.PLAN, null,
                String.valueOf(summary.asOf().getYear()));
    }

    private RequirementResult planMet(String tier, Requirement.PlanMet r) {
        BigDecimal sales = value(new Measure.SalesAmount(r.window(), null));
        if (value(new Measure.PlanAgreed()).signum() == 0) {
            return new RequirementResult(tier, r, false, sales, BigDecimal.ZERO, 0.0,
                    gap(BigDecimal.ONE, GapUnit.PLAN, null, String.valueOf(summary.asOf().getYear())));
        }
        BigDecimal plan = value(new Measure.PlanAmount());
        boolean met = sales.compareTo(plan) >= 0;
        Gap gap = met ? null : gap(wholeUnitsUp(plan.subtract(sales)), currency, GapUnit.PLAN_SUBJECT,
                r.window().id());
        return new RequirementResult(tier, r, met, sales, plan, progress(sales, plan, met), gap);
    }

    private static Gap gap(BigDecimal missing, String unit, String subject, String window) {
        return new Gap(missing, unit, subject, window, GapPhrases.neutral(missing, unit, subject, window));
    }

    private static BigDecimal wholeUnitsUp(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.CEILING);
    }

    private static double progress(BigDecimal current, BigDecimal required, boolean met) {
        if (required.signum() <= 0) {
            return met ? 1.0 : 0.0;
        }
        double p = current.divide(required, MathContext.DECIMAL64).doubleValue();
        return Math.max(0.0, Math.min(1.0, p));
    }
}
