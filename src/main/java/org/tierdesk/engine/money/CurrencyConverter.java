package org.tierdesk.engine.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import org.tierdesk.engine.facts.ExchangeRate;
import org.tierdesk.engine.facts.Money;

/**
 * Converts money with the manager's dated exchange rates. The rate in force on a date is the latest one dated on
 * or before it, whichever direction it was entered in: a USD→RUB rate of 95.5 converts USD to RUB by multiplying
 * (exact) and RUB to USD by dividing (34 significant digits, {@link MathContext#DECIMAL128}). A rate entered later
 * on the same date for the same pair replaces an earlier one. Only direct pairs convert: no cross rates.
 */
public final class CurrencyConverter {
    /** from → to → date → rate; each rate is filed under both directions (thousands of sales convert per run). */
    private final Map<String, Map<String, NavigableMap<LocalDate, ExchangeRate>>> ratesByPair = new HashMap<>();

    public CurrencyConverter(List<ExchangeRate> rates) {
        for (ExchangeRate rate : rates) {
            Objects.requireNonNull(rate.date(), "exchange rate date");
            if (rate.rate() == null || rate.rate().signum() <= 0) {
                throw new IllegalArgumentException("exchange rate " + rate.from() + "→" + rate.to() + " dated "
                        + rate.date() + " must be positive, not " + rate.rate());
            }
            if (rate.from().equals(rate.to())) {
                throw new IllegalArgumentException("exchange rate dated " + rate.date() + " converts " + rate.from()
                        + " to itself");
            }
            dated(rate.from(), rate.to()).put(rate.date(), rate);
            dated(rate.to(), rate.from()).put(rate.date(), rate);
        }
    }

    public static CurrencyConverter of(List<ExchangeRate> rates) {
        return new CurrencyConverter(rates);
    }

    /** {@code money} in {@code currency} at the rate in force on {@code on}; the same currency comes back as is. */
    public Money convert(Money money, String currency, LocalDate on) {
        if (money.currency().equals(currency)) {
            return money;
        }
        ExchangeRate rate = rateInForce(money.currency(), currency, on);
        BigDecimal amount = rate.from().equals(money.currency())
                ? money.amount().multiply(rate.rate())
                : money.amount().divide(rate.rate(), MathContext.DECIMAL128);
        return new Money(amount, currency);
    }

    /** Units of {@code to} per 1 {@code from} in force on {@code on} (1 for the same currency). */
    public BigDecimal rate(String from, String to, LocalDate on) {
        if (from.equals(to)) {
            return BigDecimal.ONE;
        }
        ExchangeRate rate = rateInForce(from, to, on);
        return rate.from().equals(from) ? rate.rate() : BigDecimal.ONE.divide(rate.rate(), MathContext.DECIMAL128);
    }

    /** Whether some rate between the two currencies is in force on {@code on}. */
    public boolean canConvert(String from, String to, LocalDate on) {
        if (from.equals(to)) {
            return true;
        }
        NavigableMap<LocalDate, ExchangeRate> dated = ratesByPair.getOrDefault(from, Map.of()).get(to);
        return dated != null && dated.floorEntry(on) != null;
    }

    private ExchangeRate rateInForce(String from, String to, LocalDate on) {
        NavigableMap<LocalDate, ExchangeRate> dated = ratesByPair.getOrDefault(from, Map.of()).get(to);
        Map.Entry<LocalDate, ExchangeRate> entry = dated == null ? null : dated.floorEntry(on);
        if (entry == null) {
            throw new MissingRateException(from, to, on);
        }
        return entry.getValue();
    }

    private NavigableMap<LocalDate, ExchangeRate> dated(String from, String to) {
        return ratesByPair.computeIfAbsent(from, k -> new HashMap<>()).computeIfAbsent(to, k -> new TreeMap<>());
    }
}
