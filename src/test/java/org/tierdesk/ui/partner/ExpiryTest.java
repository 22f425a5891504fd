package org.tierdesk.ui.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ExpiryTest {
    private final LocalDate today = LocalDate.of(2026, 11, 23);

    @Test
    void aCertificationIsExpiredOnItsExpiryDate() {
        assertThat(Expiry.of(today, today)).isEqualTo(Expiry.EXPIRED);
        assertThat(Expiry.of(today.minusDays(1), today)).isEqualTo(Expiry.EXPIRED);
    }

    @Test
    void withinSixtyDaysOfExpiryItIsExpiringSoon() {
        assertThat(Expiry.of(today.plusDays(1), today)).isEqualTo(Expiry.SOON);
        assertThat(Expiry.of(today.plusDays(60), today)).isEqualTo(Expiry.SOON);
        assertThat(Expiry.of(today.plusDays(61), today)).isEqualTo(Expiry.VALID);
    }

    @Test
    void withoutAnExpiryDateItStaysValid() {
        assertThat(Expiry.of(null, today)).isEqualTo(Expiry.VALID);
    }
}
