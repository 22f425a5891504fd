package org.tierdesk.engine.facts;

import java.time.LocalDate;

/** Who the partner is in its program: name, join date, the held tier when no history says otherwise. */
public record PartnerProfile(String name, LocalDate joined, String heldTier) {
}
