package org.tierdesk.store;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Row3;
import org.jooq.Row8;
import org.jooq.Row11;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.tierdesk.program.PointsRules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.tierdesk.store.jooq.Tables.PARTNERS;
import static org.tierdesk.store.jooq.Tables.SALES;
import static org.tierdesk.store.jooq.Tables.SALES_MONTHS;

/**
 * The points a program's partners' sales earn and lose up to the as-of date, read mostly from the monthly rows.
 * A month counts from {@code sales_months} when every sale of it is treated alike: wholly after the partner joined
 * and after its last reset, wholly inside or outside the period it held the holding-bonus tier, and before the
 * as-of month. The few months where that changes within the month (the join, the reset, the bonus tier's start
 * and end, the as-of month) are each partner's <em>boundary months</em>, read from its sales through the
 * (partner, date) indexes with the per-sale conditions the whole count once used for every sale. A partner that
 * held the bonus tier in more than one period has all its sales read.
 * <p>
 * Returns follow the same split: a return is taken from the monthly row when neither its sale month is a boundary
 * month nor its return month is the reset's or the as-of month; from the sales otherwise, each once.
 */
final class PointsOfSales {
    /** No month: below every real month number (year × 12 + month − 1). */
    private static final int NONE = -1;
    private static final int NEVER = Integer.MAX_VALUE;

    private final SummaryScope scope;
    private final int asOfMonth;

    PointsOfSales(SummaryScope scope) {
        this.scope = scope;
        this.asOfMonth = SalesByMonth.month(scope.asOf());
    }

    /** Each partner's points of sales (earned less returned), for the partners that have any sale counted. */
    Map<Long, BigDecimal> of(DSLContext dsl) {
        List<Boundaries> partners = new ArrayList<>();
        for (Map.Entry<Long, TierPeriods> entry : scope.periods().entrySet()) {
            partners.add(Boundaries.of(entry.getKey(), scope.joined().get(entry.getKey()), entry.getValue(),
                    scope.asOf()));
        }
        Map<Long, BigDecimal> points = new HashMap<>();
        if (partners.isEmpty()) {
            return points;
        }
        fromMonths(dsl, partners, points);
        fromBoundarySales(dsl, partners, points);
        fromBoundaryReturns(dsl, partners, points);
        return points;
    }

    /** The months counted whole, summed from the monthly rows. */
    private void fromMonths(DSLContext dsl, List<Boundaries> partners, Map<Long, BigDecimal> points) {
        List<Row11<Long, Integer, Integer, Integer, Integer, Integer, Integer, Integer, Integer, Integer, Integer>>
                rows = new ArrayList<>();
        for (Boundaries b : partners) {
            rows.add(DSL.row(DSL.inline(b.partnerId), DSL.inline(b.fromMonth), DSL.inline(b.joinMonth),
                    DSL.inline(b.returnBoundary), DSL.inline(b.boundary(0)), DSL.inline(b.boundary(1)),
                    DSL.inline(b.boundary(2)), DSL.inline(b.boundary(3)), DSL.inline(b.bonus ? 1 : 0),
                    DSL.inline(b.bonusFrom), DSL.inline(b.bonusUntil)));
        }
        @SuppressWarnings("unchecked")
        Table<?> plan = DSL.values(rows.toArray(Row11[]::new)).as("plan", "partner_id", "from_month", "join_month",
                "return_boundary", "b1", "b2", "b3", "b4", "bonus", "bonus_from", "bonus_until");
        Field<Long> partner = plan.field("partner_id", Long.class);
        Field<Integer> fromMonth = plan.field("from_month", Integer.class);
        Field<Integer> joinMonth = plan.field("join_month", Integer.class);
        Field<Integer> returnBoundary = plan.field("return_boundary", Integer.class);
        List<Field<Integer>> boundaries = List.of(plan.field("b1", Integer.class), plan.field("b2", Integer.class),
                plan.field("b3", Integer.class), plan.field("b4", Integer.class));
        Field<Integer> month = SALES_MONTHS.SALE_MONTH;
        Field<Integer> returned = SALES_MONTHS.RETURNED_MONTH;
        Condition inBonus = plan.field("bonus", Integer.class).eq(DSL.inline(1))
                .and(month.ge(plan.field("bonus_from", Integer.class)))
                .and(month.lt(plan.field("bonus_until", Integer.class)));
        Field<BigDecimal> earned = SALES_MONTHS.POINTS.coerce(BigDecimal.class)
                .plus(DSL.when(inBonus, SALES_MONTHS.BONUS_POINTS.coerce(BigDecimal.class))
                        .otherwise(DSL.inline(BigDecimal.ZERO)));
        Condition wholeSaleMonth = month.notIn(boundaries).and(month.lt(DSL.inline(asOfMonth)));
        Condition made = wholeSaleMonth.and(month.ge(fromMonth));
        Condition taken = wholeSaleMonth.and(month.ge(joinMonth))
                .and(returned.ge(fromMonth)).and(returned.lt(DSL.inline(asOfMonth))).and(returned.ne(returnBoundary));
        for (Record row : dsl.select(partner, DSL.sum(DSL.when(made, earned)), DSL.sum(DSL.when(taken, earned)))
                .from(plan).join(SALES_MONTHS).on(SALES_MONTHS.PARTNER_ID.eq(partner))
                .groupBy(partner).fetch()) {
            add(points, row.get(partner), row.get(1, BigDecimal.class), row.get(2, BigDecimal.class));
        }
    }

    /** The sales made in each partner's boundary months: what they earn, and what their returns take back. */
    private void fromBoundarySales(DSLContext dsl, List<Boundaries> partners, Map<Long, BigDecimal> points) {
        List<Row3<Long, LocalDate, LocalDate>> rows = new ArrayList<>();
        for (Boundaries b : partners) {
            if (b.allSales) {
                rows.add(PartnerDays.row(b.partnerId, b.joined, scope.asOf()));
                continue;
            }
            for (int month : b.saleMonths) {
                rows.add(PartnerDays.row(b.partnerId, SalesByMonth.firstDay(month),
                        min(SalesByMonth.lastDay(month), scope.asOf())));
            }
        }
        PartnerDays days = PartnerDays.of(rows);
        Field<Long> partner = days.partnerId();
        Field<BigDecimal> earned = earnedBySale();
        for (Record row : dsl.select(partner, DSL.sum(DSL.when(madeCounted(), earned)),
                        DSL.sum(DSL.when(returnCounted(), earned)))
                .from(days.table()).join(SALES).on(days.covers(SALES.PARTNER_ID, SALES.SALE_DATE))
                .join(PARTNERS).on(PARTNERS.ID.eq(SALES.PARTNER_ID))
                .groupBy(partner).fetch()) {
            add(points, row.get(partner), row.get(1, BigDecimal.class), row.get(2, BigDecimal.class));
        }
    }

    /**
     * The returns in each partner's return boundary months (the reset's, the as-of month) of sales made outside its
     * boundary months, whose returns {@link #fromBoundarySales} already took.
     */
    private void fromBoundaryReturns(DSLContext dsl, List<Boundaries> partners, Map<Long, BigDecimal> points) {
        List<Row8<Long, LocalDate, LocalDate, Integer, Integer, Integer, Integer, Integer>> rows = new ArrayList<>();
        for (Boundaries b : partners) {
            if (b.allSales) {
                continue;
            }
            for (int month : b.returnMonths) {
                rows.add(DSL.row(DSL.inline(b.partnerId), DSL.inline(SalesByMonth.firstDay(month)),
                        DSL.inline(min(SalesByMonth.lastDay(month), scope.asOf())), DSL.inline(b.boundary(0)),
                        DSL.inline(b.boundary(1)), DSL.inline(b.boundary(2)), DSL.inline(b.boundary(3)),
                        DSL.inline(asOfMonth)));
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        Table<?> days = DSL.values(rows.toArray(Row8[]::new)).as("days", "partner_id", "first_day", "last_day",
                "b1", "b2", "b3", "b4", "b5");
        Field<Long> partner = days.field("partner_id", Long.class);
        List<Field<Integer>> boundaries = List.of(days.field("b1", Integer.class), days.field("b2", Integer.class),
                days.field("b3", Integer.class), days.field("b4", Integer.class), days.field("b5", Integer.class));
        Condition outsideBoundaries = SalesByMonth.month(SALES.SALE_DATE).notIn(boundaries);
        Field<BigDecimal> earned = earnedBySale();
        for (Record row : dsl.select(partner, DSL.sum(DSL.when(returnCounted().and(outsideBoundaries), earned)))
                .from(days).join(SALES).on(SALES.PARTNER_ID.eq(partner)
                        .and(SALES.RETURNED_ON.between(days.field("first_day", LocalDate.class),
                                days.field("last_day", LocalDate.class))))
                .join(PARTNERS).on(PARTNERS.ID.eq(SALES.PARTNER_ID))
                .groupBy(partner).fetch()) {
            add(points, row.get(partner), null, row.get(1, BigDecimal.class));
        }
    }

    /** What one sale earns: the base rule, and the holding bonus while the partner held the bonus tier. */
    private Field<BigDecimal> earnedBySale() {
        PointsRules rules = scope.program().pointsRules();
        Field<BigDecimal> amount = SALES.AMOUNT_PROGRAM.coerce(BigDecimal.class);
        Field<BigDecimal> earned = SaleEarnings.base(rules, amount);
        if (rules.holdingBonus() != null) {
            earned = earned.plus(DSL.when(scope.holdingBonusTier(SALES.PARTNER_ID, SALES.SALE_DATE),
                    SaleEarnings.bonus(rules, amount)).otherwise(BigDecimal.ZERO));
        }
        return earned;
    }

    private Condition madeAsMember() {
        return SALES.SALE_DATE.ge(PARTNERS.JOINED).and(SALES.SALE_DATE.le(scope.asOf()));
    }

    private Condition madeCounted() {
        return madeAsMember().and(scope.pointsFrom(SALES.PARTNER_ID, SALES.SALE_DATE));
    }

    private Condition returnCounted() {
        return madeAsMember().and(SALES.RETURNED_ON.le(scope.asOf()))
                .and(scope.pointsFrom(SALES.PARTNER_ID, SALES.RETURNED_ON));
    }

    private static void add(Map<Long, BigDecimal> points, Long partner, BigDecimal earned, BigDecimal taken) {
        BigDecimal balance = orZero(earned).subtract(orZero(taken));
        points.merge(partner, balance, BigDecimal::add);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * One partner's boundary months. {@code fromMonth}: the month points count from (the later of joining and the
     * last reset; never, where all its sales are read); {@code saleMonths}: the months whose sales are read one by
     * one, the as-of month among them, and {@code boundaries} the others (at most four); {@code returnMonths}: the
     * months whose returns are; the bonus tier's months as a half-open range.
     */
    private record Boundaries(long partnerId, LocalDate joined, int fromMonth, int joinMonth, int returnBoundary,
                              TreeSet<Integer> saleMonths, List<Integer> boundaries, TreeSet<Integer> returnMonths,
                              boolean bonus, int bonusFrom, int bonusUntil, boolean allSales) {
        private static final int MOST_BOUNDARIES = 4;

        static Boundaries of(long partnerId, LocalDate joined, TierPeriods periods, LocalDate asOf) {
            LocalDate countFrom = periods.resetOn() != null && periods.resetOn().isAfter(joined)
                    ? periods.resetOn() : joined;
            int asOfMonth = SalesByMonth.month(asOf);
            TreeSet<Integer> saleMonths = new TreeSet<>();
            TreeSet<Integer> returnMonths = new TreeSet<>();
            saleMonths.add(asOfMonth);
            returnMonths.add(asOfMonth);
            addIfCut(saleMonths, joined);
            int returnBoundary = NONE;
            if (countFrom.getDayOfMonth() != 1) {
                returnBoundary = SalesByMonth.month(countFrom);
                saleMonths.add(returnBoundary);
                returnMonths.add(returnBoundary);
            }
            List<TierPeriods.Period> held = periods.bonusPeriods();
            int bonusFrom = NONE;
            int bonusUntil = NEVER;
            if (held.size() == 1) {
                TierPeriods.Period period = held.get(0);
                if (period.from() != null) {
                    bonusFrom = SalesByMonth.month(period.from());
                    addIfCut(saleMonths, period.from());
                }
                if (period.until() != null) {
                    bonusUntil = SalesByMonth.month(period.until());
                    addIfCut(saleMonths, period.until());
                }
            }
            // past the as-of month nothing counts
            saleMonths.removeIf(m -> m > asOfMonth);
            returnMonths.removeIf(m -> m > asOfMonth);
            List<Integer> boundaries = saleMonths.stream().filter(m -> m != asOfMonth).toList();
            boolean allSales = held.size() > 1 || boundaries.size() > MOST_BOUNDARIES;
            return new Boundaries(partnerId, joined, allSales ? NEVER : SalesByMonth.month(countFrom),
                    SalesByMonth.month(joined), returnBoundary, saleMonths, boundaries, returnMonths,
                    !held.isEmpty(), bonusFrom, bonusUntil, allSales);
        }

        private static void addIfCut(TreeSet<Integer> months, LocalDate day) {
            if (day.getDayOfMonth() != 1) {
                months.add(SalesByMonth.month(day));
            }
        }

        /** The i-th boundary month other than the as-of month, or {@link #NONE}. */
        int boundary(int i) {
            return i < boundaries.size() ? boundaries.get(i) : NONE;
        }
    }
}
