package org.tierdesk.store;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Something wrong in a sales CSV file: its 1-based {@code line} (0 for the file as a whole or the mapping) and
 * what is wrong. Reads "line 7: the amount must not be negative (it is -5)."
 */
public record SalesCsvProblem(int line, Problem problem) {

    public String message(Locale locale) {
        if (line == 0) {
            return problem.message(locale);
        }
        String pattern = ResourceBundle.getBundle(Problem.BUNDLE, locale).getString("csv.line");
        return new MessageFormat(pattern, locale).format(new Object[] {String.valueOf(line), problem.message(locale)});
    }

    @Override
    public String toString() {
        return message(Locale.ENGLISH);
    }
}
