package org.tierdesk.report;

import java.math.BigDecimal;

/** A value axis with round steps (1, 2, 2.5, 5 × 10ⁿ) and about four gridlines above zero. */
record ChartScale(BigDecimal step, int steps) {

    static ChartScale covering(BigDecimal highest, boolean wholeNumbers) {
        if (highest.signum() <= 0) {
            return new ChartScale(BigDecimal.ONE, 4);
        }
        BigDecimal raw = highest.divide(BigDecimal.valueOf(4), java.math.MathContext.DECIMAL64);
        BigDecimal magnitude = BigDecimal.ONE.scaleByPowerOfTen(raw.precision() - raw.scale() - 1);
        BigDecimal step = magnitude.multiply(BigDecimal.TEN);
        for (String factor : new String[] {"1", "2", "2.5", "5"}) {
            BigDecimal candidate = magnitude.multiply(new BigDecimal(factor));
            if (candidate.compareTo(raw) >= 0) {
                step = candidate;
                break;
            }
        }
        if (wholeNumbers && step.compareTo(BigDecimal.ONE) < 0) {
            step = BigDecimal.ONE;
        }
        if (wholeNumbers && step.stripTrailingZeros().scale() > 0) {
            step = step.setScale(0, java.math.RoundingMode.CEILING);
        }
        int steps = highest.divide(step, 0, java.math.RoundingMode.CEILING).intValue();
        return new ChartScale(step.stripTrailingZeros(), Math.max(steps, 1));
    }

    BigDecimal top() {
        return step.multiply(BigDecimal.valueOf(steps));
    }

    BigDecimal tick(int i) {
        return step.multiply(BigDecimal.valueOf(i));
    }
}
