package org.tierdesk.store.standing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.tierdesk.store.Workspace;

import static org.tierdesk.store.jooq.Tables.SALES;

/**
 * A partner's sales per month (or quarter) for the standing chart, summed by the database (GROUP BY the period),
 * in the program currency. A returned sale stays in its period only when the period ended before the return date
 * (the rule of every volume window); the current period ends on the as-of date.
 */
public final class SalesTimeline {
    private final Workspace workspace;

    public SalesTimeline(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The {@code months} months up to {@code asOf}'s period, oldest first, empty periods included. */
    public List<PeriodSales> of(long partnerId, SalesPeriod period, LocalDate asOf, int months) {
        LocalDate lastStart = period.start(asOf);
        LocalDate firstStart = period.start(lastStart.minusMonths(months - (long) period.months()));
        // periods numbered year × 12 + month - 1, then divided down to the period's size
        Field<Integer> saleMonth = monthIndex(SALES.SALE_DATE);
        Field<Integer> returnMonth = monthIndex(SALES.RETURNED_ON);
        Field<Integer> salePeriod = period.months() == 1 ? saleMonth : saleMonth.div(DSL.inline(period.months()));
        Field<Integer> returnPeriod = period.months() == 1 ? returnMonth
                : returnMonth.div(DSL.inline(period.months()));
        Map<Integer, Record> rows = new LinkedHashMap<>();
        for (Record row : workspace.database().dsl()
                .select(salePeriod.as("period"), DSL.sum(SALES.AMOUNT_PROGRAM.coerce(BigDecimal.class)),
                        DSL.sum(SALES.LICENSES))
                .from(SALES)
                .where(SALES.PARTNER_ID.eq(partnerId))
                .and(SALES.SALE_DATE.between(firstStart, asOf))
                .and(SALES.RETURNED_ON.isNull().or(SALES.RETURNED_ON.gt(asOf)).or(returnPeriod.gt(salePeriod)))
                .groupBy(salePeriod)
                .fetch()) {
            rows.put(row.get(0, Integer.class), row);
        }
        List<PeriodSales> periods = new ArrayList<>();
        for (LocalDate start = firstStart; !start.isAfter(lastStart); start = start.plusMonths(period.months())) {
            int index = (start.getYear() * 12 + start.getMonthValue() - 1) / period.months();
            Record row = rows.get(index);
            periods.add(row == null ? new PeriodSales(start, BigDecimal.ZERO, BigDecimal.ZERO)
                    : new PeriodSales(start, orZero(row.get(1, BigDecimal.class)),
                    orZero(row.get(2, BigDecimal.class))));
        }
        return List.copyOf(periods);
    }

    private static Field<Integer> monthIndex(Field<LocalDate> day) {
        return DSL.year(day).mul(DSL.inline(12)).plus(DSL.month(day)).minus(DSL.inline(1));
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
