package org.tierdesk.store.standing;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tierdesk.engine.facts.Money;
import org.tierdesk.engine.facts.Sale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierdesk.store.standing.StandingDesk.TODAY;

class SalesTimelineTest {
    @TempDir
    Path dir;

    @Test
    void salesAreSummedPerMonthAndAReturnedSaleLeavesTheMonthsThatEndedAfterItsReturn() {
        try (StandingDesk desk = StandingDesk.open(dir)) {
            long id = desk.bitrixPartnerOneCertificationShort("Delta", 100);  // a 500 USD sale on 2026-05-10
            desk.workspace.sales().addAll(id, List.of(
                    sale(LocalDate.of(2026, 5, 20), 100, null),
                    sale(LocalDate.of(2026, 9, 3), 200, LocalDate.of(2026, 10, 2)),   // returned next month: stays
                    sale(LocalDate.of(2026, 9, 10), 400, LocalDate.of(2026, 9, 25)), // returned the same month
                    sale(LocalDate.of(2026, 11, 2), 50, null),
                    sale(LocalDate.of(2024, 10, 31), 999, null)));                   // older than 24 months

            List<PeriodSales> months = new SalesTimeline(desk.workspace).of(id, SalesPeriod.MONTH, TODAY, 24);

            assertThat(months).hasSize(24);
            assertThat(months.get(0).start()).isEqualTo(LocalDate.of(2024, 12, 1));
            assertThat(months.get(23).start()).isEqualTo(LocalDate.of(2026, 11, 1));
            assertThat(amountIn(months, 2026, 5)).isEqualByComparingTo("600");
            assertThat(amountIn(months, 2026, 9)).isEqualByComparingTo("200");
            assertThat(amountIn(months, 2026, 11)).isEqualByComparingTo("50");
            assertThat(months.stream().map(PeriodSales::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo("850");
            assertThat(months.get(17).start()).isEqualTo(LocalDate.of(2026, 5, 1));
            assertThat(months.get(17).licenses()).isEqualByComparingTo("2");
        }
    }

    @Test
    void quartersSumTheirThreeMonths() {
        try (StandingDesk desk = StandingDesk.open(dir)) {
            long id = desk.bitrixPartnerOneCertificationShort("Delta", 100);
            desk.workspace.sales().addAll(id, List.of(sale(LocalDate.of(2026, 4, 1), 100, null),
                    sale(LocalDate.of(2026, 6, 30), 10, null)));

            List<PeriodSales> quarters = new SalesTimeline(desk.workspace).of(id, SalesPeriod.QUARTER, TODAY, 24);

            assertThat(quarters).hasSize(8);
            assertThat(quarters.get(7).start()).isEqualTo(LocalDate.of(2026, 10, 1));
            assertThat(quarters.get(6).amount()).isZero();
            assertThat(quarters.get(5).start()).isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(quarters.get(5).amount()).isEqualByComparingTo("610");
        }
    }

    private static BigDecimal amountIn(List<PeriodSales> months, int year, int month) {
        return months.stream().filter(m -> m.start().equals(LocalDate.of(year, month, 1))).findFirst()
                .orElseThrow().amount();
    }

    private static Sale sale(LocalDate date, long amount, LocalDate returned) {
        return new Sale(0, date, new Money(BigDecimal.valueOf(amount), "USD"), "license", 1, "Intranet", returned);
    }
}
