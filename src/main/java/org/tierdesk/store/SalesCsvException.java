package org.tierdesk.store;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A sales CSV file was refused and nothing was stored; every problem found, each naming its line. */
public final class SalesCsvException extends RuntimeException {
    private final List<SalesCsvProblem> problems;

    public SalesCsvException(List<SalesCsvProblem> problems) {
        super(problems.stream().map(SalesCsvProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<SalesCsvProblem> problems() {
        return problems;
    }

    public List<String> messages(Locale locale) {
        return problems.stream().map(p -> p.message(locale)).toList();
    }
}
