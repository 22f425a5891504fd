package org.tierdesk.engine.points;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tierdesk.engine.standing.AccumulationResult;
import org.tierdesk.program.Accumulation;

/**
 * Accumulation points: the whole sum of purchases times the rate of the bracket it falls in (a sum strictly above
 * a bracket's threshold takes its rate; the first bracket applies from 0), rounded half-up to 2 decimals.
 * Crossing a threshold re-rates the whole sum: Intelligent Platforms' 3,500,000 KZT at 4 % gives 140,000 points,
 * where 3,000,000 at 2 % gives 60,000.
 */
public final class AccumulationPoints {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AccumulationPoints() {
    }

    /**
     * The points for {@code purchases}. The next bracket's figures say how much more reaches its threshold
     * ({@code toNextThreshold}: any sales beyond that amount get the next rate on the whole sum); they are null at
     * the top bracket.
     */
    public static AccumulationResult of(Accumulation accumulation, BigDecimal purchases) {
        List<Accumulation.Bracket> brackets = new ArrayList<>(accumulation.brackets());
        brackets.sort(Comparator.comparing(Accumulation.Bracket::above));
        if (brackets.isEmpty()) {
            return new AccumulationResult(purchases, BigDecimal.ZERO, BigDecimal.ZERO.setScale(2), null, null, null);
        }
        int applied = 0;
        for (int i = 1; i < brackets.size(); i++) {
            if (purchases.compareTo(brackets.get(i).above()) > 0) {
                applied = i;
            }
        }
        BigDecimal rate = brackets.get(applied).percent();
        BigDecimal points = purchases.multiply(rate).divide(HUNDRED).setScale(2, RoundingMode.HALF_UP);
        if (applied + 1 < brackets.size()) {
            Accumulation.Bracket next = brackets.get(applied + 1);
            return new AccumulationResult(purchases, rate, points, next.above(), next.above().subtract(purchases),
                    next.percent());
        }
        return new AccumulationResult(purchases, rate, points, null, null, null);
    }
}
