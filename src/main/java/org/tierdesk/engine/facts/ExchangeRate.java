package org.tierdesk.engine.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code rate} units of {@code to} per 1 {@code from}, in force from {@code date} until the next; usable both ways. */
public record ExchangeRate(LocalDate date, String from, String to, BigDecimal rate) {
}
