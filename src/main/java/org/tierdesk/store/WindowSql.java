package org.tierdesk.store;

import org.jooq.Condition;
import org.jooq.Field;
import org.tierdesk.engine.window.DateRange;
import org.tierdesk.engine.window.Windows;
import org.tierdesk.program.Window;

import java.time.LocalDate;

import static org.tierdesk.store.jooq.Tables.PARTNERS;

/**
 * A period window as a SQL condition on a date column. The engine's {@link Windows} gives the dates; a window that
 * starts with the membership year also starts no earlier than each partner's own join date (a column), so one query
 * serves partners that joined on different days.
 */
final class WindowSql {
    private WindowSql() {
    }

    static DateRange range(Window window, LocalDate asOf) {
        return Windows.range(window, asOf, null);
    }

    static Condition contains(Window window, LocalDate asOf, Field<LocalDate> day) {
        DateRange range = range(window, asOf);
        Condition condition = day.between(range.from(), range.to());
        if (window == Window.MEMBERSHIP_YEAR || window == Window.COMPLETED_QUARTERS) {
            condition = condition.and(day.ge(PARTNERS.JOINED));
        }
        return condition;
    }

    /** A sale made in the window that was not returned before the window's end (returned after it: it counts). */
    static Condition countsSale(Window window, LocalDate asOf, Field<LocalDate> day, Field<LocalDate> returned) {
        return contains(window, asOf, day).and(returned.isNull().or(returned.gt(range(window, asOf).to())));
    }
}
