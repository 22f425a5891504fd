package org.tierdesk.store;

import java.util.List;

/** A sales CSV file was refused and nothing was stored; each problem reads {@code file:line: reason}. */
public final class SalesCsvException extends RuntimeException {
    private final List<String> problems;

    public SalesCsvException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
