package org.tierdesk.store;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An amount as spreadsheets write it: {@code 1234.50}, {@code 1234,50}, {@code 1 234,50} (spaces, no-break spaces
 * or apostrophes between thousands), {@code 1,234.50} or {@code 1.234,50} (the last mark is the decimal one).
 */
final class SalesCsvAmount {
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern GROUPING = Pattern.compile("[\\s\\u00A0\\u202F']");

    private SalesCsvAmount() {
    }

    static Optional<BigDecimal> parse(String text) {
        String digits = GROUPING.matcher(text).replaceAll("");
        int comma = digits.lastIndexOf(',');
        int dot = digits.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            String thousands = comma > dot ? "." : ",";
            String decimal = comma > dot ? "," : ".";
            int mark = Math.max(comma, dot);
            digits = digits.substring(0, mark).replace(thousands, "") + "." + digits.substring(mark + 1);
            if (decimal.equals(",") && digits.indexOf(',') >= 0) {
                return Optional.empty();
            }
        } else if (comma >= 0) {
            if (digits.indexOf(',') != comma) {
                return Optional.empty();
            }
            digits = digits.replace(',', '.');
        }
        return PLAIN.matcher(digits).matches() ? Optional.of(new BigDecimal(digits)) : Optional.empty();
    }
}
