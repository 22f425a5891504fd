package org.tierdesk.engine.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tierdesk.program.Window;

class WindowsTest {
    private static final LocalDate JOINED_LONG_AGO = LocalDate.of(2020, 3, 1);

    private static DateRange range(Window window, String asOf, LocalDate joined) {
        return Windows.range(window, LocalDate.parse(asOf), joined);
    }

    private static DateRange of(String from, String to) {
        return new DateRange(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void trailingTwelveMonthsStartsTheDayAfterTheSameDateAYearEarlier() {
        assertThat(range(Window.TRAILING_12_MONTHS, "2026-11-23", JOINED_LONG_AGO))
                .isEqualTo(of("2025-11-24", "2026-11-23"));
    }

    @Test
    void trailingTwelveMonthsAcrossLeapDays() {
        assertThat(range(Window.TRAILING_12_MONTHS, "2028-02-29", JOINED_LONG_AGO))
                .isEqualTo(of("2027-03-01", "2028-02-29"));
        assertThat(range(Window.TRAILING_12_MONTHS, "2025-02-28", JOINED_LONG_AGO))
                .isEqualTo(of("2024-02-29", "2025-02-28"));
    }

    @Test
    void trailingTwelveMonthsIgnoresTheJoinDate() {
        assertThat(range(Window.TRAILING_12_MONTHS, "2026-11-23", LocalDate.of(2026, 6, 1)))
                .isEqualTo(of("2025-11-24", "2026-11-23"));
    }

    @Test
    void lastCompleteMonthIsTheCalendarMonthBefore() {
        assertThat(range(Window.LAST_COMPLETE_MONTH, "2026-11-23", JOINED_LONG_AGO))
                .isEqualTo(of("2026-10-01", "2026-10-31"));
        assertThat(range(Window.LAST_COMPLETE_MONTH, "2026-03-31", JOINED_LONG_AGO))
                .isEqualTo(of("2026-02-01", "2026-02-28"));
        assertThat(range(Window.LAST_COMPLETE_MONTH, "2028-03-01", JOINED_LONG_AGO))
                .isEqualTo(of("2028-02-01", "2028-02-29"));
        assertThat(range(Window.LAST_COMPLETE_MONTH, "2026-01-01", JOINED_LONG_AGO))
                .isEqualTo(of("2025-12-01", "2025-12-31"));
    }

    @Test
    void membershipYearStartsOnNewYearOrTheLaterJoinDate() {
        assertThat(range(Window.MEMBERSHIP_YEAR, "2026-11-23", JOINED_LONG_AGO))
                .isEqualTo(of("2026-01-01", "2026-11-23"));
        assertThat(range(Window.MEMBERSHIP_YEAR, "2026-11-23", LocalDate.of(2026, 4, 15)))
                .isEqualTo(of("2026-04-15", "2026-11-23"));
    }

    @Test
    void membershipYearOfAPartnerNotYetJoinedIsEmpty() {
        DateRange range = range(Window.MEMBERSHIP_YEAR, "2026-03-01", LocalDate.of(2026, 4, 15));
        assertThat(range.isEmpty()).isTrue();
        assertThat(range.contains(LocalDate.of(2026, 3, 1))).isFalse();
    }

    @Test
    void completedQuartersEndWithTheLastQuarterEndedOnOrBeforeAsOf() {
        assertThat(range(Window.COMPLETED_QUARTERS, "2026-08-10", JOINED_LONG_AGO))
                .isEqualTo(of("2026-01-01", "2026-06-30"));
        assertThat(range(Window.COMPLETED_QUARTERS, "2026-05-15", JOINED_LONG_AGO))
                .isEqualTo(of("2026-01-01", "2026-03-31"));
        assertThat(range(Window.COMPLETED_QUARTERS, "2026-06-30", JOINED_LONG_AGO))
                .isEqualTo(of("2026-01-01", "2026-06-30"));
    }

    @Test
    void completedQuartersAreEmptyDuringTheFirstQuarter() {
        assertThat(range(Window.COMPLETED_QUARTERS, "2026-02-10", JOINED_LONG_AGO).isEmpty()).isTrue();
    }

    @Test
    void completedQuartersStartAtALaterJoinDate() {
        assertThat(range(Window.COMPLETED_QUARTERS, "2026-10-02", LocalDate.of(2026, 5, 20)))
                .isEqualTo(of("2026-05-20", "2026-09-30"));
        assertThat(range(Window.COMPLETED_QUARTERS, "2026-08-02", LocalDate.of(2026, 7, 20)).isEmpty()).isTrue();
    }

    @Test
    void lastCompletedQuartersAreListedOldestFirst() {
        assertThat(Windows.lastCompletedQuarters(4, LocalDate.parse("2026-05-15")))
                .extracting(Quarter::label)
                .containsExactly("2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1");
        assertThat(Windows.lastCompletedQuarters(2, LocalDate.parse("2026-12-31")))
                .extracting(Quarter::label)
                .containsExactly("2026-Q3", "2026-Q4");
    }

    @Test
    void quarterKnowsItsDays() {
        Quarter q = Quarter.containing(LocalDate.parse("2028-02-29"));
        assertThat(q.range()).isEqualTo(of("2028-01-01", "2028-03-31"));
        assertThat(q.previous().range()).isEqualTo(of("2027-10-01", "2027-12-31"));
    }

    @Test
    void aReturnedSaleCountsOnlyInWindowsEndingBeforeTheReturn() {
        DateRange month = of("2026-05-01", "2026-05-31");
        LocalDate sold = LocalDate.parse("2026-05-10");
        assertThat(month.countsSale(sold, null)).isTrue();
        assertThat(month.countsSale(sold, LocalDate.parse("2026-06-01"))).isTrue();
        assertThat(month.countsSale(sold, LocalDate.parse("2026-05-31"))).isFalse();
        assertThat(month.countsSale(LocalDate.parse("2026-06-01"), null)).isFalse();
    }
}
