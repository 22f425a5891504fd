package org.tierdesk.store.standing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A partner's sales in one chart period starting on {@code start}: amount in the program currency, licenses. */
public record PeriodSales(LocalDate start, BigDecimal amount, BigDecimal licenses) {
}
