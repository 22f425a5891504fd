package org.tierdesk.ui.portfolio;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One read of the portfolio: every partner's row as of {@code asOf}, worded in {@code locale}, and how many
 * downgrades wait for the manager's decision after that read brought their list in line.
 */
public record PortfolioRows(LocalDate asOf, Locale locale, List<PortfolioRow> rows, int pendingDowngrades) {
    public PortfolioRows {
        rows = List.copyOf(rows);
    }
}
