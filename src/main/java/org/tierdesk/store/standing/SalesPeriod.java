package org.tierdesk.store.standing;

import java.time.LocalDate;
import java.time.YearMonth;

import org.tierdesk.program.Program;
import org.tierdesk.program.Requirement;
import org.tierdesk.program.Window;

/** The bucket a sales chart sums by: calendar months, or calendar quarters where the program counts quarters. */
public enum SalesPeriod {
    MONTH(1), QUARTER(3);

    private final int months;

    SalesPeriod(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    /** Quarters when the program's volume (or accumulation) counts completed quarters, else months. */
    public static SalesPeriod of(Program program) {
        if (program.accumulation() != null && program.accumulation().window() == Window.COMPLETED_QUARTERS) {
            return QUARTER;
        }
        boolean quarterly = program.tiers().stream().flatMap(t -> t.requirements().stream())
                .anyMatch(r -> r instanceof Requirement.SalesVolume v && v.window() == Window.COMPLETED_QUARTERS);
        return quarterly ? QUARTER : MONTH;
    }

    /** The first day of the period holding {@code day}. */
    public LocalDate start(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        int offset = (month.getMonthValue() - 1) % months;
        return month.minusMonths(offset).atDay(1);
    }

    public LocalDate end(LocalDate start) {
        return YearMonth.from(start).plusMonths(months - 1L).atEndOfMonth();
    }
}
