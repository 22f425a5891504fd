package org.tierdesk.engine.deal;

import java.math.BigDecimal;
import org.tierdesk.engine.facts.Money;

/**
 * One category of the yearly view: the partner's sales in it over the last 12 months, its reward now and at the
 * other tier (percent, bonuses included and capped), and what those sales earned / would have earned.
 */
public record CategoryWorth(String category, Money sales, BigDecimal percentNow, BigDecimal percentThere,
                            Money earnedNow, Money earnedThere) {

    public Money difference() {
        return new Money(earnedThere.amount().subtract(earnedNow.amount()), earnedNow.currency());
    }
}
