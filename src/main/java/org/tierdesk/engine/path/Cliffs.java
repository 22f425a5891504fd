package org.tierdesk.engine.path;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tierdesk.engine.measure.Measure;
import org.tierdesk.engine.points.AccumulationPoints;
import org.tierdesk.engine.standing.AccumulationResult;
import org.tierdesk.engine.standing.BonusResult;
import org.tierdesk.engine.whatif.Projection;
import org.tierdesk.engine.whatif.Simulation;
import org.tierdesk.engine.whatif.WhatIf;
import org.tierdesk.engine.window.Quarter;
import org.tierdesk.program.Accumulation;
import org.tierdesk.program.Program;

/**
 * Thresholds where a little more changes a lot, for the simulator's current what-if: the accumulation rate's next
 * bracket by the end of the quarter under way, and the held tier's bonuses whose condition is not met yet.
 */
public final class Cliffs {
    private final Simulation simulation;
    private final Program program;
    private final PathPlanner planner;

    public Cliffs(Simulation simulation) {
        this.simulation = simulation;
        this.program = simulation.program();
        this.planner = new PathPlanner(simulation);
    }

    /**
     * The next accumulation bracket: purchases count once their quarter is over, so this looks at the end of the
     * quarter under way (the next one when the date is a quarter's last day), with the what-if's sales in it.
     * Empty without accumulation or at the top bracket.
     */
    public Optional<AccumulationCliff> accumulation(WhatIf current) {
        Accumulation accumulation = program.accumulation();
        if (accumulation == null) {
            return Optional.empty();
        }
        LocalDate date = current.asOf() == null ? simulation.baseDate() : current.asOf();
        LocalDate quarterEnd = Quarter.containing(date.plusDays(1)).end();
        BigDecimal purchases = simulation.summaryAfter(current.withAsOf(quarterEnd))
                .value(new Measure.SalesAmount(accumulation.window(), null));
        AccumulationResult now = AccumulationPoints.of(accumulation, purchases);
        if (now.nextThreshold() == null) {
            return Optional.empty();
        }
        BigDecimal more = now.toNextThreshold();
        BigDecimal rateAfter = now.nextRatePercent();
        // the points just past the threshold, where the new rate applies to the whole sum
        BigDecimal pointsWith = now.nextThreshold().multiply(rateAfter).divide(BigDecimal.valueOf(100))
                .setScale(2, RoundingMode.HALF_UP);
        return Optional.of(new AccumulationCliff(more, quarterEnd, purchases, now.nextThreshold(),
                now.ratePercent(), rateAfter, now.points(), pointsWith));
    }

    /** The held tier's bonuses not met yet that would pay something, the largest gain first. */
    public List<BonusCliff> bonuses(WhatIf current) {
        Projection after = simulation.after(current);
        String held = after.standing().heldTier();
        List<BonusCliff> cliffs = new ArrayList<>();
        for (BonusResult bonus : after.standing().bonuses()) {
            BigDecimal percent = held == null ? BigDecimal.ZERO
                    : bonus.bonus().percentByTier().getOrDefault(held, BigDecimal.ZERO);
            if (bonus.conditionMet() || bonus.condition() == null || percent.signum() == 0) {
                continue;
            }
            List<PathAction> ways = planner.optionsFor(bonus.condition(), current);
            if (ways.isEmpty()) {
                continue;
            }
            Map<String, BigDecimal> gain = gain(after.standing().rewards(),
                    simulation.after(current.plus(ways.get(0).whatIf())).standing().rewards());
            BonusCliff cliff = new BonusCliff(bonus, ways, gain);
            if (cliff.pays()) {
                cliffs.add(cliff);
            }
        }
        cliffs.sort(Comparator.comparing((BonusCliff c) -> total(c.gain())).reversed());
        return cliffs;
    }

    private static Map<String, BigDecimal> gain(Map<String, BigDecimal> before, Map<String, BigDecimal> after) {
        Map<String, BigDecimal> gain = new LinkedHashMap<>();
        after.forEach((category, percent) ->
                gain.put(category, percent.subtract(before.getOrDefault(category, BigDecimal.ZERO))));
        return gain;
    }

    private static BigDecimal total(Map<String, BigDecimal> gain) {
        return gain.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
