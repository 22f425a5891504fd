package org.tierdesk.engine.measure;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.tierdesk.program.Bonus;
import org.tierdesk.program.Program;
import org.tierdesk.program.Requirement;
import org.tierdesk.program.Tier;
import org.tierdesk.program.VolumeUnit;

/** Which measures a program looks at: what a facts summary for it must hold. */
public final class Measures {
    private Measures() {
    }

    /**
     * Every measure the program's tier requirements, bonus conditions, points and accumulation need, in a stable
     * order (program order of tiers and requirements, then bonuses, then points and accumulation).
     */
    public static Set<Measure> needed(Program program) {
        Set<Measure> measures = new LinkedHashSet<>();
        for (Tier tier : program.tiers()) {
            for (Requirement requirement : tier.requirements()) {
                measures.addAll(of(requirement));
            }
        }
        for (Bonus bonus : program.bonuses()) {
            if (bonus.condition() != null) {
                measures.addAll(of(bonus.condition()));
            }
        }
        if (hasPoints(program)) {
            measures.add(new Measure.PointsBalance());
        }
        if (program.accumulation() != null) {
            measures.add(new Measure.SalesAmount(program.accumulation().window(), null));
        }
        return Collections.unmodifiableSet(measures);
    }

    /** The measures one requirement is evaluated against (none for TierQualified: it looks at other tiers). */
    public static Set<Measure> of(Requirement requirement) {
        Set<Measure> measures = new LinkedHashSet<>();
        switch (requirement) {
            case Requirement.Checklist r -> measures.add(new Measure.ChecklistDone(r.item()));
            case Requirement.CertifiedStaff r -> measures.add(new Measure.CertifiedStaff(r.certification()));
            case Requirement.StaffInRole r -> measures.add(new Measure.StaffInRole(r.role()));
            case Requirement.SalesVolume r -> measures.add(r.unit() == VolumeUnit.LICENSES
                    ? new Measure.Licenses(r.window(), r.category())
                    : new Measure.SalesAmount(r.window(), r.category()));
            case Requirement.Points r -> measures.add(new Measure.PointsBalance());
            case Requirement.ActivityCount r ->
                    measures.add(new Measure.ActivityCount(r.activityType(), r.window(), r.approvedOnly()));
            case Requirement.ActivityRatio r -> {
                measures.add(new Measure.ActivityCount(r.numeratorType(), r.window(), false));
                measures.add(new Measure.ActivityCount(r.denominatorType(), r.window(), false));
            }
            case Requirement.QuarterlyActivity r -> {
                measures.add(new Measure.ActivityQuarters(r.activityType(), r.quarters()));
                for (int back = 1; back <= r.quarters(); back++) {
                    measures.add(new Measure.ActivityInQuarter(r.activityType(), back));
                }
            }
            case Requirement.PlanAgreed r -> measures.add(new Measure.PlanAgreed());
            case Requirement.PlanMet r -> {
                measures.add(new Measure.PlanAgreed());
                measures.add(new Measure.PlanAmount());
                measures.add(new Measure.SalesAmount(r.window(), null));
            }
            case Requirement.TierQualified r -> {
                // evaluated against the other tiers' results, not against facts
            }
        }
        return Collections.unmodifiableSet(measures);
    }

    /** A program keeps a points balance when sales or activities earn points, or a requirement asks for points. */
    public static boolean hasPoints(Program program) {
        if (program.pointsRules() != null
                || program.activityTypes().stream().anyMatch(type -> type.points() != 0)) {
            return true;
        }
        return program.tiers().stream().flatMap(t -> t.requirements().stream())
                .anyMatch(r -> r instanceof Requirement.Points);
    }
}
