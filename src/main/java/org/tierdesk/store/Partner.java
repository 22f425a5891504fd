package org.tierdesk.store;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A partner as stored: the draft's fields plus its id and when it was created and last changed. */
public record Partner(long id, String name, String programId, String territory, LocalDate joined, String heldTier,
                     String notes, LocalDateTime createdAt, LocalDateTime updatedAt) {

    public PartnerDraft draft() {
        return new PartnerDraft(name, programId, territory, joined, heldTier, notes);
    }
}
