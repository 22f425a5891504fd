package org.tierdesk.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.tierdesk.program.LocalizedText;

/**
 * A report's words and number formats in one locale: the EN/RU bundle, numbers, money, percents and dates. The
 * bundle never falls back to the JVM's default locale, so an English report stays English on a Russian machine.
 */
final class ReportLanguage {
    private static final String BUNDLE = "org.tierdesk.report.messages";

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter shortDates;
    private final DateTimeFormatter months;

    ReportLanguage(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.shortDates = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        this.months = DateTimeFormatter.ofPattern("LLL yy", locale);
    }

    Locale locale() {
        return locale;
    }

    /** The bundle's text for {@code key}; arguments are inserted already formatted, as strings. */
    String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, locale).format(args);
    }

    String label(LocalizedText text) {
        return text == null ? "" : text.in(locale);
    }

    String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** Whole amounts without decimals, anything else with two; the ISO code after the figure. */
    String money(BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        format.setMinimumFractionDigits(whole ? 0 : 2);
        format.setMaximumFractionDigits(whole ? 0 : 2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount) + "\u00a0" + currency;
    }

    /** {@code percent} is already in percent (40 means 40 %). */
    String percent(BigDecimal percent) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(percent.movePointLeft(2));
    }

    String percent(double fraction) {
        return NumberFormat.getPercentInstance(locale).format(fraction);
    }

    String date(LocalDate date) {
        return dates.format(date);
    }

    String shortDate(LocalDate date) {
        return shortDates.format(date);
    }

    String month(YearMonth month) {
        return months.format(month.atDay(1));
    }
}
