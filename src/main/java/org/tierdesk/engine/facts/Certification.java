package org.tierdesk.engine.facts;

import java.time.LocalDate;

/** A certification a staff member holds: valid on d when earned ≤ d < expires (expires null: no expiry). */
public record Certification(String id, LocalDate earned, LocalDate expires) {
    public boolean validOn(LocalDate d) {
        return !earned.isAfter(d) && (expires == null || d.isBefore(expires));
    }
}
