package org.tierdesk.ui.portfolio;

/** One partner as the portfolio table shows it, labels already in the manager's language. */
public record PortfolioRow(long id, String name, String programId, String program, String tierId, String tier,
                           String territory) {
}
