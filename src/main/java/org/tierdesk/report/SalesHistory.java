package org.tierdesk.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.facts.Sale;
import org.tierdesk.engine.money.CurrencyConverter;

/**
 * A partner's sales per calendar month for the chart, in the program's currency. A returned sale stays in a month
 * only when the month ended before the return date: the rule the engine applies to every volume window. Amounts
 * convert with the engine's converter (the rate in force on the sale date), as the standing's figures do.
 */
public final class SalesHistory {
    private SalesHistory() {}

    /** The {@code count} calendar months ending with {@code asOf}'s month, oldest first; sales after asOf left out. */
    public static List<MonthlySales> lastMonths(PartnerFacts facts, String currency, LocalDate asOf, int count) {
        YearMonth last = YearMonth.from(asOf);
        YearMonth first = last.minusMonths(count - 1L);
        CurrencyConverter converter = CurrencyConverter.of(facts.rates());
        Map<YearMonth, BigDecimal> amounts = new LinkedHashMap<>();
        Map<YearMonth, Long> licenses = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            amounts.put(m, BigDecimal.ZERO);
            licenses.put(m, 0L);
        }
        for (Sale sale : facts.sales()) {
            YearMonth month = YearMonth.from(sale.date());
            if (sale.date().isAfter(asOf) || !amounts.containsKey(month) || returnedBy(sale, month, asOf)) {
                continue;
            }
            amounts.merge(month, converter.convert(sale.amount(), currency, sale.date()).amount(), BigDecimal::add);
            licenses.merge(month, (long) sale.licenses(), Long::sum);
        }
        List<MonthlySales> months = new ArrayList<>();
        amounts.forEach((m, amount) -> months.add(new MonthlySales(m, amount, licenses.get(m))));
        return List.copyOf(months);
    }

    private static boolean returnedBy(Sale sale, YearMonth month, LocalDate asOf) {
        if (sale.returned() == null || sale.returned().isAfter(asOf)) {
            return false;
        }
        LocalDate monthEnd = month.atEndOfMonth().isAfter(asOf) ? asOf : month.atEndOfMonth();
        return !monthEnd.isBefore(sale.returned());
    }
}
