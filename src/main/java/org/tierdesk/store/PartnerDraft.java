package org.tierdesk.store;

import java.time.LocalDate;

/**
 * What the manager types for a partner (new or edited). {@code heldTier}: the status granted before any
 * tier-history entry (null: the program's first tier).
 */
public record PartnerDraft(String name, String programId, String territory, LocalDate joined, String heldTier,
                           String notes) {
}
