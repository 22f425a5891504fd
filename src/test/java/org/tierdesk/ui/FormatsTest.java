package org.tierdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FormatsTest {
    private final Formats english = new Formats(Language.ENGLISH.locale());
    private final Formats russian = new Formats(Language.RUSSIAN.locale());

    @Test
    void moneyIsGroupedAndHasTwoDecimalsInEachLanguage() {
        assertThat(english.money(new BigDecimal("12345.5"), "USD")).isEqualTo("12,345.50\u00a0USD");
        assertThat(russian.money(new BigDecimal("12345.5"), "RUB"))
                .matches("12[\\s\u00a0\u202f]345,50\u00a0RUB");
    }

    @Test
    void datesAreWrittenTheWayEachLanguageWritesThem() {
        LocalDate date = LocalDate.of(2026, 3, 5);
        assertThat(english.date(date)).isEqualTo("Mar 5, 2026");
        assertThat(russian.date(date)).contains("2026").contains("5").contains("мар");
        assertThat(russian.inputDate(date)).isEqualTo("05.03.2026");
        assertThat(english.inputDate(date)).isEqualTo("2026-03-05");
    }

    @Test
    void typedDatesAreReadInTheLanguagesPatternOrIso() {
        assertThat(russian.parseDate("05.03.2026")).contains(LocalDate.of(2026, 3, 5));
        assertThat(russian.parseDate("2026-03-05")).contains(LocalDate.of(2026, 3, 5));
        assertThat(english.parseDate("5 March")).isEmpty();
    }

    @Test
    void aDecimalCommaAndGroupingSpacesAreAcceptedWhenTyping() {
        assertThat(russian.parseDecimal("1 234,50")).contains(new BigDecimal("1234.50"));
        assertThat(russian.parseDecimal("1\u00a0234,5")).contains(new BigDecimal("1234.5"));
        assertThat(english.parseDecimal("1,234.50")).contains(new BigDecimal("1234.50"));
        assertThat(english.parseDecimal("99,5")).contains(new BigDecimal("99.5"));
        assertThat(english.parseDecimal("-10")).contains(new BigDecimal("-10"));
        assertThat(english.parseDecimal("ten")).isEmpty();
    }

    @Test
    void percentKeepsTheLanguagesSpacing() {
        assertThat(english.percent(new BigDecimal("2.5"))).isEqualTo("2.5%");
        assertThat(russian.percent(new BigDecimal("40"))).isEqualTo("40\u00a0%");
    }
}
