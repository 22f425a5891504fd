package org.tierdesk.scenario;

import java.time.LocalDate;
import java.util.List;
import org.tierdesk.engine.facts.ExchangeRate;

/**
 * Whether a scenario's rates can convert an amount into the program's currency on a date: a rate between the two
 * currencies (either direction) dated on or before that day. Checked while reading, so a sale that could not be
 * converted is reported at its line instead of failing the evaluation.
 */
final class RateCoverage {
    private final List<ExchangeRate> rates;

    RateCoverage(List<ExchangeRate> rates) {
        this.rates = List.copyOf(rates);
    }

    boolean converts(String from, String to, LocalDate on) {
        if (from.equals(to)) {
            return true;
        }
        return rates.stream().anyMatch(r -> !r.date().isAfter(on)
                && (r.from().equals(from) && r.to().equals(to) || r.from().equals(to) && r.to().equals(from)));
    }
}
