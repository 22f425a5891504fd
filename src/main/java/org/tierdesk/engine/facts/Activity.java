package org.tierdesk.engine.facts;

import java.time.LocalDate;

/** A marketing or technical activity; {@code cost} may be null. */
public record Activity(long id, LocalDate date, String type, boolean approved, Money cost, String description) {
}
