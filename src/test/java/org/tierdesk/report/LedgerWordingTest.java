package org.tierdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tierdesk.engine.standing.LedgerEntry;

/** The engine's fixed English ledger lines as a partner reads them in the summary. */
class LedgerWordingTest {
    private static final LocalDate DAY = LocalDate.of(2026, 5, 10);

    private static String said(String description, Locale locale) {
        ReportLanguage language = new ReportLanguage(locale);
        return new LedgerWording(language, new ProgramLabels(ShippedPartners.program("bitrix"), language))
                .of(new LedgerEntry(DAY, "SALE", 1, description, 12, 12));
    }

    @Test
    void aStoredSaleShowsItsAmountFormattedNotWithTheDatabasesFourDecimals() {
        assertThat(said("sale 129.0800 USD Product 2", Locale.ENGLISH)).isEqualTo("Sale of 129.08\u00a0USD · Product 2");
        assertThat(said("sale 1200 USD", Locale.ENGLISH)).isEqualTo("Sale of 1,200\u00a0USD");
        assertThat(said("sale 1200 USD", Locale.forLanguageTag("ru"))).isEqualTo("Продажа на 1\u00a0200\u00a0USD");
    }

    @Test
    void holdingBonusesReturnsAndResetsNameTheTier() {
        assertThat(said("while holding business", Locale.ENGLISH)).isEqualTo("Bonus while holding Business Partner");
        assertThat(said("return of sale 330 USD Intranet", Locale.ENGLISH))
                .isEqualTo("Returned: Sale of 330\u00a0USD · Intranet");
        assertThat(said("downgrade to certified", Locale.forLanguageTag("ru")))
                .startsWith("Сброс при понижении до ");
    }

    @Test
    void anActivitysLineNamesItsTypeByTheProgramsLabel() {
        ReportLanguage english = new ReportLanguage(Locale.ENGLISH);
        ReportLanguage russian = new ReportLanguage(Locale.forLanguageTag("ru"));
        LedgerEntry activity = new LedgerEntry(DAY, "ACTIVITY", 4, "case-study", 250, 262);
        LedgerEntry unknown = new LedgerEntry(DAY, "ACTIVITY", 5, "webinar", 0, 262);

        assertThat(new LedgerWording(english, new ProgramLabels(ShippedPartners.program("bitrix"), english))
                .of(activity)).isEqualTo("Case study delivery");
        assertThat(new LedgerWording(russian, new ProgramLabels(ShippedPartners.program("bitrix"), russian))
                .of(activity)).isEqualTo("Подготовка истории успеха");
        assertThat(new LedgerWording(english, new ProgramLabels(ShippedPartners.program("bitrix"), english))
                .of(unknown)).isEqualTo("webinar");
    }

    @Test
    void anyOtherTextIsKeptAsItIs() {
        assertThat(said("Seminar in Almaty", Locale.ENGLISH)).isEqualTo("Seminar in Almaty");
    }
}
