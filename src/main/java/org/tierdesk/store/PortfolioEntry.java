package org.tierdesk.store;

/** One row of the portfolio: a partner, its program, territory and the tier it holds on the date asked. */
public record PortfolioEntry(long id, String name, String programId, String territory, String heldTier) {
}
