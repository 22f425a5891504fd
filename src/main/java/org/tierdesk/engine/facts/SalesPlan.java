package org.tierdesk.engine.facts;

/** An agreed sales plan for a calendar year. */
public record SalesPlan(int year, Money amount) {
}
