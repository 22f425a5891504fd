package org.tierdesk.engine.path;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tierdesk.engine.whatif.SalePoints;
import org.tierdesk.engine.whatif.WhatIf;
import org.tierdesk.program.ActivityType;
import org.tierdesk.program.PointsRules;
import org.tierdesk.program.Program;

/**
 * The ways to earn {@code missing} points under a program's own rules: n activities of one type (approved where
 * the type needs it), fewest first and then the least overshoot; when the largest type overshoots, a mix of it
 * and a smaller one that lands closer; and the smallest sale that earns them, holding bonus included when the
 * partner holds the bonus tier (Bitrix at business: 5,000 USD earn 500 + 500 points).
 */
final class PointsOptions {
    private PointsOptions() {
    }

    static List<PathAction> of(Program program, long missing, String heldTier) {
        List<PathAction> options = new ArrayList<>();
        List<ActivityType> earning = program.activityTypes().stream().filter(t -> t.points() > 0)
                .sorted(Comparator.comparingInt(ActivityType::points).reversed()).toList();
        for (ActivityType type : earning) {
            long n = ceilDiv(missing, type.points());
            options.add(activities(List.of(new Part(type, n))));
        }
        options.sort(Comparator.comparingLong(PointsOptions::actionCount)
                .thenComparingLong(PathAction::points));
        if (!options.isEmpty()) {
            PathAction mix = closerMix(earning, missing, options.get(0));
            if (mix != null) {
                options.add(1, mix);
            }
        }
        if (SalePoints.earns(program.pointsRules())) {
            BigDecimal amount = salesFor(program.pointsRules(), missing, heldTier);
            String category = program.defaultCategory();
            options.add(new PathAction(List.of(new ActionPart(ActionKind.SALES, category, amount, null)),
                    SalePoints.of(program.pointsRules(), amount, heldTier), null,
                    WhatIf.NONE.withSales(null, category, amount, 0)));
        }
        return options;
    }

    /**
     * As many of one type as fit under the target and the fewest of a smaller type that close the rest, the mix
     * that lands on the fewest points (then the fewest activities); offered when it lands on fewer points than the
     * best single type (1 seminar + 1 custom module for 1,500 points, where a localization gives 2,000).
     */
    private static PathAction closerMix(List<ActivityType> earning, long missing, PathAction bestSingle) {
        PathAction best = null;
        for (int i = 0; i < earning.size(); i++) {
            ActivityType larger = earning.get(i);
            long whole = missing / larger.points();
            long rest = missing - whole * larger.points();
            if (whole == 0 || rest == 0) {
                continue;
            }
            for (ActivityType smaller : earning.subList(i + 1, earning.size())) {
                long n = ceilDiv(rest, smaller.points());
                PathAction mix = activities(List.of(new Part(larger, whole), new Part(smaller, n)));
                if (best == null || mix.points() < best.points()
                        || (mix.points() == best.points() && actionCount(mix) < actionCount(best))) {
                    best = mix;
                }
            }
        }
        return best != null && best.points() < bestSingle.points() ? best : null;
    }

    /** The smallest whole amount whose sale earns at least {@code missing} points (points grow with the amount). */
    static BigDecimal salesFor(PointsRules rules, long missing, String heldTier) {
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = rules.perAmount().multiply(BigDecimal.valueOf(ceilDiv(missing, rules.points())))
                .setScale(0, java.math.RoundingMode.CEILING);
        while (high.subtract(low).compareTo(BigDecimal.ONE) > 0) {
            BigDecimal middle = low.add(high).divide(BigDecimal.valueOf(2), 0, java.math.RoundingMode.FLOOR);
            if (SalePoints.of(rules, middle, heldTier) >= missing) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return high;
    }

    private static PathAction activities(List<Part> parts) {
        List<ActionPart> actionParts = new ArrayList<>();
        WhatIf whatIf = WhatIf.NONE;
        long points = 0;
        for (Part part : parts) {
            actionParts.add(new ActionPart(ActionKind.ACTIVITIES, part.type.id(), BigDecimal.valueOf(part.count),
                    null));
            whatIf = whatIf.withActivities(part.type.id(), (int) part.count);
            points += part.count * part.type.points();
        }
        return new PathAction(actionParts, points, null, whatIf);
    }

    private static long actionCount(PathAction action) {
        return action.parts().stream().mapToLong(p -> p.quantity().longValue()).sum();
    }

    private static long ceilDiv(long a, long b) {
        return Math.floorDiv(a + b - 1, b);
    }

    private record Part(ActivityType type, long count) {}
}
