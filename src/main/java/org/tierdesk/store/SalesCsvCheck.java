package org.tierdesk.store;

import java.util.List;

import org.tierdesk.engine.facts.Sale;

/**
 * A sales CSV file checked against a partner's program and the stored rates: the sales it would add, and every
 * problem found in the whole file. It may be imported only when there is no problem.
 */
public record SalesCsvCheck(List<Sale> sales, List<SalesCsvProblem> problems) {
    public SalesCsvCheck {
        sales = List.copyOf(sales);
        problems = List.copyOf(problems);
    }

    public boolean importable() {
        return problems.isEmpty() && !sales.isEmpty();
    }
}
