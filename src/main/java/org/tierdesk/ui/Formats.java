package org.tierdesk.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

import javafx.util.StringConverter;

/**
 * Numbers, money and dates as a manager of the chosen language expects them (12,345.50 USD / 12 345,50 USD), and
 * the reverse for what they type: a decimal comma is accepted in both languages because Russian users type it.
 */
public final class Formats {
    private final Locale locale;
    private final DateTimeFormatter displayDate;
    private final DateTimeFormatter inputDate;

    public Formats(Locale locale) {
        this.locale = locale;
        this.displayDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.inputDate = DateTimeFormatter.ofPattern("ru".equals(locale.getLanguage()) ? "dd.MM.yyyy" : "yyyy-MM-dd");
    }

    public Locale locale() {
        return locale;
    }

    public String date(LocalDate date) {
        return date == null ? "" : displayDate.format(date);
    }

    /** The pattern date fields accept, shown as their prompt. */
    public String datePattern() {
        return "ru".equals(locale.getLanguage()) ? "ДД.ММ.ГГГГ" : "YYYY-MM-DD";
    }

    public String inputDate(LocalDate date) {
        return date == null ? "" : inputDate.format(date);
    }

    /** A typed date in the language's pattern, or ISO as a fallback; empty when it is neither. */
    public Optional<LocalDate> parseDate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        for (DateTimeFormatter formatter : new DateTimeFormatter[] {inputDate, DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ofPattern("dd.MM.yyyy")}) {
            try {
                return Optional.of(LocalDate.parse(trimmed, formatter));
            } catch (DateTimeParseException ignored) {
                // try the next accepted pattern
            }
        }
        return Optional.empty();
    }

    public StringConverter<LocalDate> dateConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return inputDate(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return parseDate(text).orElse(null);
            }
        };
    }

    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(Math.max(0, Math.min(value.stripTrailingZeros().scale(), 4)));
        format.setMinimumFractionDigits(0);
        return format.format(value);
    }

    public String integer(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    public String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount.setScale(2, RoundingMode.HALF_UP)) + "\u00a0" + (currency == null ? "" : currency);
    }

    /** An amount as a threshold is written: no cents unless it has them (500,000 RUB). */
    public String amount(BigDecimal amount, String currency) {
        return amount == null ? "" : number(amount) + "\u00a0" + (currency == null ? "" : currency);
    }

    public String percent(BigDecimal percent) {
        if (percent == null) {
            return "";
        }
        String separator = "ru".equals(locale.getLanguage()) ? "\u00a0" : "";
        return number(percent) + separator + "%";
    }

    /** A typed amount: spaces and the language's grouping marks are ignored, '.' or ',' is the decimal mark. */
    public Optional<BigDecimal> parseDecimal(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        char grouping = DecimalFormatSymbols.getInstance(locale).getGroupingSeparator();
        String cleaned = text.trim().replace("\u00a0", "").replace("\u202f", "").replace(" ", "");
        if (grouping != '.' && grouping != ',') {
            cleaned = cleaned.replace(String.valueOf(grouping), "");
        }
        int commas = cleaned.length() - cleaned.replace(",", "").length();
        int dots = cleaned.length() - cleaned.replace(".", "").length();
        if (commas > 0 && dots > 0) {
            // 1,234.50 or 1.234,50: whichever mark comes last is the decimal one
            cleaned = cleaned.lastIndexOf(',') > cleaned.lastIndexOf('.')
                    ? cleaned.replace(".", "").replace(',', '.')
                    : cleaned.replace(",", "");
        } else if (commas == 1) {
            cleaned = cleaned.replace(',', '.');
        }
        try {
            return Optional.of(new BigDecimal(cleaned));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A moment of the day, to the minute: "Nov 23, 2026, 10:15" / "23 нояб. 2026 г., 10:15". */
    public String dateTime(java.time.LocalDateTime moment) {
        return moment == null ? "" : displayDate.format(moment) + ", "
                + DateTimeFormatter.ofPattern("HH:mm", locale).format(moment);
    }
}
