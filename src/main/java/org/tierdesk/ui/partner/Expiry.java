package org.tierdesk.ui.partner;

import java.time.LocalDate;

/** How close a certification is to lapsing: the staff tab colours expired ones red and soon-expiring amber. */
public enum Expiry {
    VALID, SOON, EXPIRED;

    /** Days before expiry from which a certification counts as expiring soon. */
    public static final int SOON_DAYS = 60;

    public static Expiry of(LocalDate expires, LocalDate today) {
        if (expires == null) {
            return VALID;
        }
        if (!today.isBefore(expires)) {
            return EXPIRED;
        }
        return expires.isAfter(today.plusDays(SOON_DAYS)) ? VALID : SOON;
    }
}
