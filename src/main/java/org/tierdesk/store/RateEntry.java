package org.tierdesk.store;

import org.tierdesk.engine.facts.ExchangeRate;

/** A stored exchange rate with its row id. */
public record RateEntry(long id, ExchangeRate rate) {
}
