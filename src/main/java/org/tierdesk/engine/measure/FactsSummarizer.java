package org.tierdesk.engine.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tierdesk.engine.HeldTier;
import org.tierdesk.engine.TierTimeline;
import org.tierdesk.engine.facts.Activity;
import org.tierdesk.engine.facts.Certification;
import org.tierdesk.engine.facts.ChecklistMark;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.facts.Sale;
import org.tierdesk.engine.facts.SalesPlan;
import org.tierdesk.engine.facts.StaffMember;
import org.tierdesk.engine.money.CurrencyConverter;
import org.tierdesk.engine.points.PointsLedger;
import org.tierdesk.engine.window.DateRange;
import org.tierdesk.engine.window.Quarter;
import org.tierdesk.engine.window.Windows;
import org.tierdesk.program.Program;

/**
 * The reference computation of a {@link FactsSummary} from a partner's raw facts; the store's SQL aggregates must
 * give the same figures. As of a date d, with the partner's join date j (windows per {@link Windows#range}):
 * <ul>
 * <li>{@link Measure.ChecklistDone}: 1 when the item's mark is done with no date or a date ≤ d;</li>
 * <li>{@link Measure.CertifiedStaff}: staff members holding at least one certification of that id valid on d
 * (earned ≤ d &lt; expires; no expiry: valid from earned on);</li>
 * <li>{@link Measure.StaffInRole}: staff members whose roles include the role;</li>
 * <li>{@link Measure.SalesAmount}: the sum of the sales dated in the window, of the category (null: all), each
 * converted to the program currency at the rate in force on its sale date, full precision; a returned sale counts
 * only when the window ends before its return date;</li>
 * <li>{@link Measure.Licenses}: the sum of those sales' licenses, same rules;</li>
 * <li>{@link Measure.ActivityCount}: activities of the type dated in the window, approved ones only if asked;</li>
 * <li>{@link Measure.ActivityQuarters} / {@link Measure.ActivityInQuarter}: of the last N calendar quarters that
 * ended on or before d, those holding an activity of the type dated ≥ j (any approval);</li>
 * <li>{@link Measure.PlanAgreed}: 1 when a plan exists for d's year; {@link Measure.PlanAmount}: that plan's amount
 * (the last listed if several) converted at the rate in force on 1 January of its year, else 0;</li>
 * <li>{@link Measure.PointsBalance}: the {@link PointsLedger} balance on d.</li>
 * </ul>
 * The held tier and since are {@link HeldTier} on d.
 */
public final class FactsSummarizer {
    private FactsSummarizer() {
    }

    public static FactsSummary summarize(Program program, PartnerFacts facts, LocalDate asOf) {
        CurrencyConverter converter = CurrencyConverter.of(facts.rates());
        PointsLedger ledger = Measures.hasPoints(program)
                ? PointsLedger.build(program, facts, asOf, converter) : PointsLedger.empty();
        return summarize(program, facts, asOf, converter, ledger);
    }

    /** As {@link #summarize(Program, PartnerFacts, LocalDate)}, reusing a converter and a ledger built for asOf. */
    public static FactsSummary summarize(Program program, PartnerFacts facts, LocalDate asOf,
                                         CurrencyConverter converter, PointsLedger ledger) {
        LocalDate joined = facts.profile() == null ? null : facts.profile().joined();
        HeldTier held = TierTimeline.of(program, facts).heldOn(asOf);
        Map<Measure, BigDecimal> values = new HashMap<>();
        BigDecimal[] converted = null;
        for (Measure measure : Measures.needed(program)) {
            if (measure instanceof Measure.SalesAmount && converted == null) {
                converted = convertedAmounts(program, facts.sales(), asOf, converter);
            }
            values.put(measure, measure(measure, program, facts, asOf, joined, converter, ledger, converted));
        }
        return new FactsSummary(asOf, joined, held.tier(), held.since(), values);
    }

    private static BigDecimal measure(Measure measure, Program program, PartnerFacts facts, LocalDate asOf,
                                      LocalDate joined, CurrencyConverter converter, PointsLedger ledger,
                                      BigDecimal[] converted) {
        return switch (measure) {
            case Measure.ChecklistDone m -> {
                ChecklistMark mark = facts.checklist().get(m.item());
                yield mark != null && mark.doneOn(asOf) ? BigDecimal.ONE : BigDecimal.ZERO;
            }
            case Measure.CertifiedStaff m -> count(facts.staff().stream()
                    .filter(s -> holdsValid(s, m.certification(), asOf)).count());
            case Measure.StaffInRole m -> count(facts.staff().stream()
                    .filter(s -> s.roles().contains(m.role())).count());
            case Measure.SalesAmount m -> salesAmount(facts.sales(), converted,
                    Windows.range(m.window(), asOf, joined), m.category(), program.defaultCategory());
            case Measure.Licenses m -> licenses(facts.sales(), Windows.range(m.window(), asOf, joined),
                    m.category(), program.defaultCategory());
            case Measure.ActivityCount m -> {
                DateRange range = Windows.range(m.window(), asOf, joined);
                yield count(facts.activities().stream()
                        .filter(a -> a.type().equals(m.type()) && range.contains(a.date())
                                && (!m.approvedOnly() || a.approved()))
                        .count());
            }
            case Measure.ActivityQuarters m -> count(Windows.lastCompletedQuarters(m.quarters(), asOf).stream()
                    .filter(q -> hasActivity(facts.activities(), m.type(), q, joined)).count());
            case Measure.ActivityInQuarter m -> {
                List<Quarter> quarters = Windows.lastCompletedQuarters(m.quartersBack(), asOf);
                yield quarters.isEmpty() || !hasActivity(facts.activities(), m.type(), quarters.get(0), joined)
                        ? BigDecimal.ZERO : BigDecimal.ONE;
            }
            case Measure.PlanAgreed m -> planOf(facts, asOf.getYear()) == null ? BigDecimal.ZERO : BigDecimal.ONE;
            case Measure.PlanAmount m -> {
                SalesPlan plan = planOf(facts, asOf.getYear());
                yield plan == null ? BigDecimal.ZERO : converter.convert(plan.amount(), program.currency(),
                        LocalDate.of(plan.year(), 1, 1)).amount();
            }
            case Measure.PointsBalance m -> BigDecimal.valueOf(ledger.balance());
        };
    }

    private static BigDecimal[] convertedAmounts(Program program, List<Sale> sales, LocalDate asOf,
                                                 CurrencyConverter converter) {
        BigDecimal[] amounts = new BigDecimal[sales.size()];
        for (int i = 0; i < amounts.length; i++) {
            Sale sale = sales.get(i);
            // a sale after asOf is in no window; its rate may not be entered yet
            amounts[i] = sale.date().isAfter(asOf) ? BigDecimal.ZERO
                    : converter.convert(sale.amount(), program.currency(), sale.date()).amount();
        }
        return amounts;
    }

    private static BigDecimal salesAmount(List<Sale> sales, BigDecimal[] converted, DateRange range, String category,
                                          String defaultCategory) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < converted.length; i++) {
            Sale sale = sales.get(i);
            if (range.countsSale(sale.date(), sale.returned()) && inCategory(sale, category, defaultCategory)) {
                sum = sum.add(converted[i]);
            }
        }
        return sum;
    }

    private static BigDecimal licenses(List<Sale> sales, DateRange range, String category, String defaultCategory) {
        long sum = 0;
        for (Sale sale : sales) {
            if (range.countsSale(sale.date(), sale.returned()) && inCategory(sale, category, defaultCategory)) {
                sum += sale.licenses();
            }
        }
        return count(sum);
    }

    /** A sale with no category is in the program's default (first reward) category. */
    private static boolean inCategory(Sale sale, String category, String defaultCategory) {
        if (category == null) {
            return true;
        }
        String own = sale.category() == null ? defaultCategory : sale.category();
        return category.equals(own);
    }

    private static boolean holdsValid(StaffMember member, String certification, LocalDate asOf) {
        for (Certification c : member.certifications()) {
            if (c.id().equals(certification) && c.validOn(asOf)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasActivity(List<Activity> activities, String type, Quarter quarter, LocalDate joined) {
        DateRange range = quarter.range();
        for (Activity a : activities) {
            if (a.type().equals(type) && range.contains(a.date()) && (joined == null || !a.date().isBefore(joined))) {
                return true;
            }
        }
        return false;
    }

    private static SalesPlan planOf(PartnerFacts facts, int year) {
        SalesPlan found = null;
        for (SalesPlan plan : facts.plans()) {
            if (plan.year() == year) {
                found = plan;
            }
        }
        return found;
    }

    private static BigDecimal count(long n) {
        return BigDecimal.valueOf(n);
    }
}
