package org.tierdesk.ui.portfolio;

/** What the portfolio's flag filter lets through; labels: portfolio.filter.flags.NAME. */
public enum FlagFilter {
    ALL, UPGRADE_DUE, AT_RISK, EXPIRING_SOON, ANY_FLAG
}
