package org.tierdesk.store;

import java.util.List;
import java.util.Locale;

/** A write was refused before anything changed: the facts had {@link #problems()}. */
public final class InvalidFactsException extends RuntimeException {
    private final List<Problem> problems;

    public InvalidFactsException(List<Problem> problems) {
        super(Problem.describe(problems, Locale.ENGLISH));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    public String message(Locale locale) {
        return Problem.describe(problems, locale);
    }
}
