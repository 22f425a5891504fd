package org.tierdesk.store;

import org.jooq.DSLContext;
import org.jooq.Decfloat;
import org.tierdesk.engine.facts.ExchangeRate;
import org.tierdesk.engine.facts.Money;
import org.tierdesk.engine.money.CurrencyConverter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.tierdesk.store.jooq.Tables.EXCHANGE_RATES;

/**
 * Sales amounts in their program's currency, the way the engine converts them ({@link CurrencyConverter}: the rate
 * in force on the sale date, either direction, full precision). The store keeps the result in
 * {@code sales.amount_program} so that its facts summary sums it in SQL and agrees with the engine to the digit.
 */
final class ProgramAmounts {
    private final CurrencyConverter converter;

    private ProgramAmounts(CurrencyConverter converter) {
        this.converter = converter;
    }

    static ProgramAmounts load(DSLContext dsl) {
        return new ProgramAmounts(CurrencyConverter.of(rates(dsl)));
    }

    /** Every stored rate, oldest first and in entry order within a day: the order the engine reads them in. */
    static List<ExchangeRate> rates(DSLContext dsl) {
        return dsl.selectFrom(EXCHANGE_RATES)
                .orderBy(EXCHANGE_RATES.RATE_DATE, EXCHANGE_RATES.ID)
                .fetch(r -> new ExchangeRate(r.getRateDate(), r.getFromCurrency(), r.getToCurrency(), r.getRate()));
    }

    CurrencyConverter converter() {
        return converter;
    }

    BigDecimal convert(Money money, String currency, LocalDate on) {
        return converter.convert(money, currency, on).amount();
    }

    static Decfloat column(BigDecimal amount) {
        return Decfloat.valueOf(amount.toString());
    }
}
