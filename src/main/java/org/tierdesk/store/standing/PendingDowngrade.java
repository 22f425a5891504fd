package org.tierdesk.store.standing;

import java.time.LocalDate;

/**
 * A partner that stopped meeting its held tier, from {@code startedOn}, with the program's grace period: the
 * manager is expected to decide by {@link #dueOn()}. {@code name} and {@code programId} are the partner's.
 */
public record PendingDowngrade(long id, long partnerId, String name, String programId, String heldTier,
                               LocalDate startedOn, int graceDays, DowngradeStatus status, LocalDate decidedOn,
                               String decidedBy, String reason) {

    public LocalDate dueOn() {
        return startedOn.plusDays(graceDays);
    }

    public boolean overdue(LocalDate today) {
        return status == DowngradeStatus.PENDING && today.isAfter(dueOn());
    }
}
