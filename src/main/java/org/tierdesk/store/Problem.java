package org.tierdesk.store;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Something wrong with a fact the manager entered: which {@code field}, a message {@code key} of the store's
 * bundle and its {@code arguments}. Dialogs put {@link #message(Locale)} next to the field.
 */
public record Problem(String field, String key, List<Object> arguments) {
    static final String BUNDLE = "org.tierdesk.store.messages";

    public Problem {
        arguments = List.copyOf(arguments);
    }

    public static Problem of(String field, String key, Object... arguments) {
        return new Problem(field, key, Arrays.stream(arguments).map(a -> a == null ? (Object) "" : a).toList());
    }

    public String message(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return new MessageFormat(pattern, locale).format(arguments.toArray());
    }

    /** "line 7: the amount must not be negative" style text, for a file or the command line. */
    public static String describe(List<Problem> problems, Locale locale) {
        StringBuilder text = new StringBuilder();
        for (Problem problem : problems) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(problem.message(locale));
        }
        return text.toString();
    }
}
