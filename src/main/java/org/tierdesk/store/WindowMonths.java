package org.tierdesk.store;

import org.jooq.Condition;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.tierdesk.engine.window.DateRange;
import org.tierdesk.program.Window;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.tierdesk.store.jooq.Tables.PARTNERS;
import static org.tierdesk.store.jooq.Tables.SALES;

/**
 * A sales window split into the months it covers whole, read from {@code sales_months}, and the months it cuts,
 * read from the sales themselves. A month is cut when the window starts after its first day or ends before its
 * last, when it is the month a partner joined on a day other than the first (windows that start with the
 * membership year), and, for sales returned in the window's last month when that month is cut, by the return.
 * The same test on (partner, month of sale, month of return) decides both sides, so every sale is counted exactly
 * once: by its month's row when the test says whole, by itself when it says cut. A window that starts after the
 * 1st of a month counts that month by its rows and takes off the sales of the days before it
 * ({@link #countsLeading}).
 */
record WindowMonths(Window window, LocalDate asOf, DateRange range, int fromMonth, int toMonth) {

    static WindowMonths of(Window window, LocalDate asOf) {
        DateRange range = WindowSql.range(window, asOf);
        return new WindowMonths(window, asOf, range, SalesByMonth.month(range.from()),
                SalesByMonth.month(range.to()));
    }

    /** No day at all (a completed-quarters window before the first quarter ended). */
    boolean empty() {
        return range.from().isAfter(range.to());
    }

    private boolean startCut() {
        return range.from().getDayOfMonth() != 1;
    }

    private boolean endCut() {
        return !range.to().equals(SalesByMonth.lastDay(toMonth));
    }

    private boolean fromJoinDate() {
        return window == Window.MEMBERSHIP_YEAR || window == Window.COMPLETED_QUARTERS;
    }

    /**
     * Whether the window's partial first month counts by its monthly rows less the sales of its days before the
     * window ({@link #countsLeading}), instead of by all its sales one by one: a window that starts on the 2nd then
     * reads one day of sales instead of thirty. Not for windows that start with the membership (their first month
     * is also a join month) nor for a window inside one month.
     */
    private boolean startComplement() {
        return startCut() && !fromJoinDate() && fromMonth != toMonth;
    }

    /** The test both sides share: is the sale month (with its return month) cut for this window? */
    Condition cut(Field<Integer> month, Field<Integer> returnedMonth) {
        List<Condition> cut = new ArrayList<>();
        if (startCut() && !startComplement()) {
            cut.add(month.eq(fromMonth));
        }
        if (endCut()) {
            cut.add(month.eq(toMonth));
            // null-safe: NOT of a NULL test would drop the sales never returned
            cut.add(returnedMonth.isNotNull().and(returnedMonth.eq(toMonth)));
        }
        if (fromJoinDate()) {
            cut.add(month.eq(SalesByMonth.month(PARTNERS.JOINED))
                    .and(DSL.extract(PARTNERS.JOINED, DatePart.DAY).gt(1)));
        }
        return cut.isEmpty() ? DSL.falseCondition() : DSL.or(cut);
    }

    /** A monthly row counts whole: not cut, inside the window, after joining, not returned by the window's end. */
    Condition countsWhole(Field<Integer> month, Field<Integer> returnedMonth) {
        Condition counts = DSL.not(cut(month, returnedMonth)).and(month.between(fromMonth, toMonth))
                .and(returnedMonth.isNull().or(returnedMonth.gt(toMonth)));
        if (fromJoinDate()) {
            counts = counts.and(month.ge(SalesByMonth.month(PARTNERS.JOINED)));
        }
        return counts;
    }

    /**
     * A sale of a cut month counts by its own dates. The same test as {@link #cut} on the monthly rows, put as
     * date ranges (a sale's month is the month whose days hold its date), which H2 tests far faster per sale than
     * the month number worked out of each date.
     */
    Condition countsCut() {
        List<Condition> cut = new ArrayList<>();
        if (startCut() && !startComplement()) {
            cut.add(inMonth(SALES.SALE_DATE, fromMonth));
        }
        if (endCut()) {
            cut.add(inMonth(SALES.SALE_DATE, toMonth));
            cut.add(inMonth(SALES.RETURNED_ON, toMonth));
        }
        if (fromJoinDate()) {
            cut.add(SalesByMonth.month(SALES.SALE_DATE).eq(SalesByMonth.month(PARTNERS.JOINED))
                    .and(DSL.extract(PARTNERS.JOINED, DatePart.DAY).gt(1)));
        }
        return (cut.isEmpty() ? DSL.falseCondition() : DSL.or(cut))
                .and(WindowSql.countsSale(window, asOf, SALES.SALE_DATE, SALES.RETURNED_ON));
    }

    private static Condition inMonth(Field<LocalDate> day, int month) {
        return day.between(SalesByMonth.firstDay(month), SalesByMonth.lastDay(month));
    }

    /**
     * A sale of the first month's days before the window that its monthly row counted whole (not returned by the
     * window's last month), so that it is taken off again: the rows count the month, the window starts later.
     */
    Condition countsLeading() {
        if (!startComplement()) {
            return DSL.falseCondition();
        }
        return SALES.SALE_DATE.between(SalesByMonth.firstDay(fromMonth), range.from().minusDays(1))
                .and(SALES.RETURNED_ON.isNull().or(SALES.RETURNED_ON.gt(SalesByMonth.lastDay(toMonth))));
    }

    /** The days {@link #countsLeading} reads by their sale date, if any. */
    Optional<DateRange> leadingDays() {
        return !empty() && startComplement()
                ? Optional.of(new DateRange(SalesByMonth.firstDay(fromMonth), range.from().minusDays(1)))
                : Optional.empty();
    }

    /** The months whose sales {@link #countsCut} reads by their sale date. */
    Set<Integer> cutSaleMonths() {
        Set<Integer> months = new TreeSet<>();
        if (!empty() && startCut() && !startComplement()) {
            months.add(fromMonth);
        }
        if (!empty() && endCut()) {
            months.add(toMonth);
        }
        return months;
    }

    /** The months whose returns {@link #countsCut} reads by their return date. */
    Set<Integer> cutReturnMonths() {
        return !empty() && endCut() ? Set.of(toMonth) : Set.of();
    }

    /** Whether the join month of a partner that joined inside the window, not on a 1st, is cut. */
    boolean cutsJoinMonths() {
        return !empty() && fromJoinDate();
    }
}
