package org.tierdesk.engine.window;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.tierdesk.program.Window;

/** The days each period window of PROGRAMS.md covers, as of a date, for a partner that joined on a date. */
public final class Windows {
    private Windows() {
    }

    /**
     * The range of {@code window} as of {@code asOf}; {@code joined} (null: unknown) only matters for the windows
     * that start with the membership year. The result may be empty.
     * <ul>
     * <li>last-complete-month: the calendar month before asOf's month;</li>
     * <li>trailing-12-months: the day after the same date a year earlier, to asOf (as of 2026-11-23:
     * 2025-11-24..2026-11-23; as of 2025-02-28: 2024-02-29..2025-02-28);</li>
     * <li>membership-year: 1 January of asOf's year, or the join date if later, to asOf;</li>
     * <li>completed-quarters: the membership year's start to the end of the last calendar quarter that ended on or
     * before asOf (empty before the first quarter of the membership year is over).</li>
     * </ul>
     */
    public static DateRange range(Window window, LocalDate asOf, LocalDate joined) {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(asOf, "asOf");
        return switch (window) {
            case LAST_COMPLETE_MONTH -> {
                YearMonth month = YearMonth.from(asOf).minusMonths(1);
                yield new DateRange(month.atDay(1), month.atEndOfMonth());
            }
            case TRAILING_12_MONTHS -> new DateRange(asOf.minusYears(1).plusDays(1), asOf);
            case MEMBERSHIP_YEAR -> new DateRange(membershipYearStart(asOf, joined), asOf);
            case COMPLETED_QUARTERS -> new DateRange(membershipYearStart(asOf, joined), lastCompletedQuarterEnd(asOf));
        };
    }

    /** 1 January of asOf's year, or the join date when the partner joined later that year. */
    public static LocalDate membershipYearStart(LocalDate asOf, LocalDate joined) {
        LocalDate newYear = LocalDate.of(asOf.getYear(), 1, 1);
        return joined != null && joined.isAfter(newYear) ? joined : newYear;
    }

    /** The last calendar quarter that ended on or before {@code asOf} (asOf itself when it is a quarter's end). */
    public static Quarter lastCompletedQuarter(LocalDate asOf) {
        Quarter current = Quarter.containing(asOf);
        return asOf.equals(current.end()) ? current : current.previous();
    }

    /** The last {@code count} completed calendar quarters as of {@code asOf}, oldest first. */
    public static List<Quarter> lastCompletedQuarters(int count, LocalDate asOf) {
        List<Quarter> quarters = new ArrayList<>(Math.max(count, 0));
        Quarter quarter = lastCompletedQuarter(asOf);
        for (int i = 0; i < count; i++) {
            quarters.add(quarter);
            quarter = quarter.previous();
        }
        Collections.reverse(quarters);
        return List.copyOf(quarters);
    }

    private static LocalDate lastCompletedQuarterEnd(LocalDate asOf) {
        return lastCompletedQuarter(asOf).end();
    }
}
