package org.tierdesk.engine.deal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.tierdesk.engine.facts.Money;

/**
 * What a deal comes to at one reward: the partner's {@code percent} of the end-user price, what it {@code pays} the
 * vendor and what it {@code earns} (price − pays). Amounts are rounded half-up to the currency's minor unit.
 */
public record DealPrice(BigDecimal percent, Money pays, Money earns) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** At {@code percent} of {@code price}. */
    public static DealPrice at(Money price, BigDecimal percent) {
        BigDecimal pays = price.amount().multiply(HUNDRED.subtract(percent)).divide(HUNDRED);
        return of(price, percent, pays);
    }

    /** At {@code percent}, then {@code extraPercent} off what the partner pays (a first-sale discount). */
    public static DealPrice atWithExtra(Money price, BigDecimal percent, BigDecimal extraPercent) {
        BigDecimal pays = price.amount().multiply(HUNDRED.subtract(percent)).divide(HUNDRED)
                .multiply(HUNDRED.subtract(extraPercent)).divide(HUNDRED);
        BigDecimal effective = price.amount().signum() == 0 ? percent
                : HUNDRED.subtract(pays.multiply(HUNDRED).divide(price.amount(), 4, RoundingMode.HALF_UP))
                .stripTrailingZeros();
        return of(price, effective, pays);
    }

    private static DealPrice of(Money price, BigDecimal percent, BigDecimal pays) {
        int scale = minorUnits(price.currency());
        BigDecimal paid = pays.setScale(scale, RoundingMode.HALF_UP);
        BigDecimal earned = price.amount().setScale(scale, RoundingMode.HALF_UP).subtract(paid);
        return new DealPrice(percent, new Money(paid, price.currency()), new Money(earned, price.currency()));
    }

    static int minorUnits(String currency) {
        try {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            return digits < 0 ? 2 : digits;
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }
}
