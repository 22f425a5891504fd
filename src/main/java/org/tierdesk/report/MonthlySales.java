package org.tierdesk.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/** A partner's sales in one calendar month: the amount in the program's currency and the licenses sold. */
public record MonthlySales(YearMonth month, BigDecimal amount, long licenses) {
    public MonthlySales {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(amount, "amount");
    }
}
