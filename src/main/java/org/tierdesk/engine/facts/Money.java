package org.tierdesk.engine.facts;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount in a currency (ISO code). Never a double. */
public record Money(BigDecimal amount, String currency) {
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }
}
