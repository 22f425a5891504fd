package org.tierdesk.engine.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tierdesk.engine.standing.AccumulationResult;
import org.tierdesk.program.Accumulation;
import org.tierdesk.program.Window;

class AccumulationPointsTest {
    private static final Accumulation TWO_THEN_FOUR = new Accumulation(Window.COMPLETED_QUARTERS,
            List.of(new Accumulation.Bracket(new BigDecimal("3000000"), new BigDecimal("4")),
                    new Accumulation.Bracket(BigDecimal.ZERO, new BigDecimal("2"))), null);

    private static AccumulationResult of(String purchases) {
        return AccumulationPoints.of(TWO_THEN_FOUR, new BigDecimal(purchases));
    }

    @Test
    void theThresholdItselfStaysInTheLowerBracket() {
        assertThat(of("3000000").points()).isEqualByComparingTo("60000");
        assertThat(of("3000000").toNextThreshold()).isEqualByComparingTo("0");
        assertThat(of("3000000.01").points()).isEqualByComparingTo("120000.00");
    }

    @Test
    void crossingTheThresholdReRatesTheWholeSum() {
        AccumulationResult result = of("3500000");
        assertThat(result.ratePercent()).isEqualByComparingTo("4");
        assertThat(result.points()).isEqualByComparingTo("140000");
        assertThat(result.nextThreshold()).isNull();
        assertThat(result.toNextThreshold()).isNull();
    }

    @Test
    void pointsAreRoundedHalfUpToTwoDecimals() {
        assertThat(of("1.25").points()).isEqualTo(new BigDecimal("0.03"));
        assertThat(of("1234.567").points()).isEqualTo(new BigDecimal("24.69"));
        assertThat(of("0").points()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void belowTheThresholdTheNextBracketIsAnnounced() {
        AccumulationResult result = of("1000000");
        assertThat(result.points()).isEqualByComparingTo("20000");
        assertThat(result.nextThreshold()).isEqualByComparingTo("3000000");
        assertThat(result.toNextThreshold()).isEqualByComparingTo("2000000");
        assertThat(result.nextRatePercent()).isEqualByComparingTo("4");
    }
}
