package org.tierdesk.engine.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tierdesk.engine.facts.ExchangeRate;
import org.tierdesk.engine.facts.Money;

class CurrencyConverterTest {
    private final CurrencyConverter converter = CurrencyConverter.of(List.of(
            new ExchangeRate(LocalDate.parse("2026-01-01"), "USD", "RUB", new BigDecimal("95.5")),
            new ExchangeRate(LocalDate.parse("2026-06-01"), "USD", "RUB", new BigDecimal("100")),
            new ExchangeRate(LocalDate.parse("2026-03-01"), "RUB", "KZT", new BigDecimal("5.2"))));

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void convertsForwardByMultiplying() {
        assertThat(converter.convert(Money.of("330", "USD"), "RUB", day("2026-05-10")))
                .isEqualTo(new Money(new BigDecimal("31515.0"), "RUB"));
    }

    @Test
    void convertsBackwardByDividingAtFullPrecision() {
        Money usd = converter.convert(Money.of("1000", "RUB"), "USD", day("2026-05-10"));
        assertThat(usd.currency()).isEqualTo("USD");
        assertThat(usd.amount().precision()).isGreaterThanOrEqualTo(30);
        assertThat(usd.amount().setScale(6, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("10.471204");
        assertThat(converter.convert(Money.of("955", "RUB"), "USD", day("2026-05-10")).amount())
                .isEqualByComparingTo("10");
    }

    @Test
    void usesTheLatestRateDatedOnOrBeforeTheDay() {
        assertThat(converter.convert(Money.of("1", "USD"), "RUB", day("2026-05-31")).amount())
                .isEqualByComparingTo("95.5");
        assertThat(converter.convert(Money.of("1", "USD"), "RUB", day("2026-06-01")).amount())
                .isEqualByComparingTo("100");
    }

    @Test
    void sameCurrencyIsIdentity() {
        Money money = Money.of("12.34", "KZT");
        assertThat(converter.convert(money, "KZT", day("1999-01-01"))).isSameAs(money);
    }

    @Test
    void noRateInForceIsAClearError() {
        assertThatThrownBy(() -> converter.convert(Money.of("1", "USD"), "RUB", day("2025-12-31")))
                .isInstanceOf(MissingRateException.class)
                .hasMessageContaining("USD").hasMessageContaining("RUB").hasMessageContaining("2025-12-31")
                .satisfies(e -> {
                    MissingRateException missing = (MissingRateException) e;
                    assertThat(missing.from()).isEqualTo("USD");
                    assertThat(missing.to()).isEqualTo("RUB");
                    assertThat(missing.on()).isEqualTo(day("2025-12-31"));
                });
        assertThatThrownBy(() -> converter.convert(Money.of("1", "USD"), "KZT", day("2026-06-01")))
                .isInstanceOf(MissingRateException.class);
    }

    @Test
    void aRateMustBePositive() {
        assertThatThrownBy(() -> CurrencyConverter.of(List.of(
                new ExchangeRate(day("2026-01-01"), "USD", "RUB", BigDecimal.ZERO))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("USD→RUB");
    }

    @Test
    void rateReadsBothWays() {
        assertThat(converter.rate("KZT", "RUB", day("2026-03-01")).multiply(new BigDecimal("5.2")))
                .isCloseTo(BigDecimal.ONE, org.assertj.core.api.Assertions.within(new BigDecimal("1e-30")));
        assertThat(converter.rate("RUB", "KZT", day("2026-03-01"))).isEqualByComparingTo("5.2");
    }
}
