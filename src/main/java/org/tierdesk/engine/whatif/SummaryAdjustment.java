package org.tierdesk.engine.whatif;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tierdesk.engine.measure.FactsSummary;
import org.tierdesk.engine.measure.Measure;
import org.tierdesk.engine.measure.Measures;
import org.tierdesk.engine.window.DateRange;
import org.tierdesk.engine.window.Quarter;
import org.tierdesk.engine.window.Windows;
import org.tierdesk.program.ActivityType;
import org.tierdesk.program.Bonus;
import org.tierdesk.program.Program;
import org.tierdesk.program.Requirement;
import org.tierdesk.program.Tier;

/**
 * A {@link WhatIf} applied to a partner's facts summary: each hypothetical fact is given a date and added to every
 * measure whose window holds that date, the way the summariser would count a fact recorded on that day.
 * <ul>
 * <li>sales: one sale per entry, dated at the end of its window as of the summary's date (on the date itself for
 * no window), counted in each sales amount / licenses measure of its category whose window holds it, and earning its
 * points ({@link SalePoints}, the holding bonus when the held tier is the bonus tier);</li>
 * <li>activities: approved, dated on the summary's date; with "each quarter", one more dated on the first day of
 * every quarter after the base date's, and on the base date for its own quarter, up to the summary's date; each
 * counts in the activity measures whose window (or completed quarter) holds it and earns its type's points;</li>
 * <li>staff, certified staff, checklist items, the plan: added to or set in their measures;</li>
 * <li>plan met: the sales the plan still lacks after the other changes, as one more sale on the summary's date.</li>
 * </ul>
 * A new as-of date is not applied here: the caller gives the summary computed for that date.
 */
public final class SummaryAdjustment {
    private final Program program;
    private final List<Measure> measures;
    private final Map<String, ActivityType> activityTypes = new HashMap<>();
    private final Measure.SalesAmount planSales;

    public SummaryAdjustment(Program program) {
        this.program = program;
        this.measures = List.copyOf(Measures.needed(program));
        program.activityTypes().forEach(t -> activityTypes.put(t.id(), t));
        this.planSales = planSalesMeasure(program);
    }

    /**
     * The summary as it would be with {@code whatIf}'s changes; {@code baseDate} is the simulator's own date (where
     * "each quarter from now" starts). The held tier is kept.
     */
    public FactsSummary apply(FactsSummary summary, WhatIf whatIf, LocalDate baseDate) {
        if (whatIf.isEmpty()) {
            return summary;
        }
        LocalDate asOf = summary.asOf();
        LocalDate joined = summary.joined();
        List<DatedSale> sales = datedSales(whatIf.sales(), asOf, joined);
        Map<Measure, BigDecimal> values = new HashMap<>(summary.values());
        for (Measure measure : measures) {
            values.putIfAbsent(measure, BigDecimal.ZERO);
        }
        if (whatIf.planMet() && planSales != null) {
            BigDecimal plan = whatIf.planAgreed() && whatIf.planAmount() != null ? whatIf.planAmount()
                    : summary.value(new Measure.PlanAmount());
            BigDecimal sold = values.get(planSales).add(salesIn(sales, planSales.window(), null, asOf, joined));
            BigDecimal lacking = plan.subtract(sold);
            if (lacking.signum() > 0) {
                sales.add(new DatedSale(asOf, null, lacking, 0));
            }
        }
        Map<String, List<LocalDate>> activityDates = activityDates(whatIf, asOf, joined, baseDate);
        for (Measure measure : measures) {
            values.put(measure, adjusted(measure, values.get(measure), whatIf, sales, activityDates, asOf, joined));
        }
        adjustQuarters(values, activityDates, asOf, joined);
        values.put(new Measure.PointsBalance(), values.getOrDefault(new Measure.PointsBalance(), BigDecimal.ZERO)
                .add(BigDecimal.valueOf(points(sales, activityDates, summary.heldTier(), joined))));
        if (!Measures.hasPoints(program)) {
            values.remove(new Measure.PointsBalance());
        }
        return new FactsSummary(asOf, joined, summary.heldTier(), summary.heldSince(), values);
    }

    private BigDecimal adjusted(Measure measure, BigDecimal value, WhatIf whatIf, List<DatedSale> sales,
                                Map<String, List<LocalDate>> activityDates, LocalDate asOf, LocalDate joined) {
        return switch (measure) {
            case Measure.ChecklistDone m -> whatIf.checklistDone().contains(m.item()) ? BigDecimal.ONE : value;
            case Measure.CertifiedStaff m -> value.add(BigDecimal.valueOf(whatIf.certified(m.certification())));
            case Measure.StaffInRole m -> value.add(BigDecimal.valueOf(whatIf.inRole(m.role())));
            case Measure.SalesAmount m -> value.add(salesIn(sales, m.window(), m.category(), asOf, joined));
            case Measure.Licenses m -> value.add(BigDecimal.valueOf(licensesIn(sales, m, asOf, joined)));
            case Measure.ActivityCount m -> {
                DateRange range = Windows.range(m.window(), asOf, joined);
                long n = activityDates.getOrDefault(m.type(), List.of()).stream().filter(range::contains).count();
                yield value.add(BigDecimal.valueOf(n));
            }
            case Measure.PlanAgreed m -> whatIf.planAgreed() ? BigDecimal.ONE : value;
            case Measure.PlanAmount m -> whatIf.planAgreed() && whatIf.planAmount() != null
                    ? whatIf.planAmount() : value;
            // quarters and points need every other figure first: see adjustQuarters and apply
            case Measure.ActivityQuarters m -> value;
            case Measure.ActivityInQuarter m -> value;
            case Measure.PointsBalance m -> value;
        };
    }

    /** A completed quarter that gains its first activity of a type counts once more in each quarters measure. */
    private void adjustQuarters(Map<Measure, BigDecimal> values, Map<String, List<LocalDate>> activityDates,
                                LocalDate asOf, LocalDate joined) {
        for (Measure measure : measures) {
            if (measure instanceof Measure.ActivityQuarters m) {
                List<Quarter> quarters = Windows.lastCompletedQuarters(m.quarters(), asOf);
                int gained = 0;
                for (int i = 0; i < quarters.size(); i++) {
                    int back = quarters.size() - i;
                    Measure.ActivityInQuarter one = new Measure.ActivityInQuarter(m.type(), back);
                    boolean had = values.getOrDefault(one, BigDecimal.ZERO).signum() > 0;
                    if (!had && holdsActivity(activityDates.get(m.type()), quarters.get(i), joined)) {
                        gained++;
                    }
                }
                values.put(m, values.get(m).add(BigDecimal.valueOf(gained)).min(BigDecimal.valueOf(m.quarters())));
            }
        }
        for (Measure measure : measures) {
            if (measure instanceof Measure.ActivityInQuarter m) {
                List<Quarter> quarters = Windows.lastCompletedQuarters(m.quartersBack(), asOf);
                if (!quarters.isEmpty() && holdsActivity(activityDates.get(m.type()), quarters.get(0), joined)) {
                    values.put(m, BigDecimal.ONE);
                }
            }
        }
    }

    private static boolean holdsActivity(List<LocalDate> dates, Quarter quarter, LocalDate joined) {
        if (dates == null) {
            return false;
        }
        for (LocalDate date : dates) {
            if (quarter.range().contains(date) && (joined == null || !date.isBefore(joined))) {
                return true;
            }
        }
        return false;
    }

    private long points(List<DatedSale> sales, Map<String, List<LocalDate>> activityDates, String heldTier,
                        LocalDate joined) {
        long points = 0;
        for (DatedSale sale : sales) {
            if (joined == null || !sale.date.isBefore(joined)) {
                points += SalePoints.of(program.pointsRules(), sale.amount, heldTier);
            }
        }
        for (Map.Entry<String, List<LocalDate>> entry : activityDates.entrySet()) {
            ActivityType type = activityTypes.get(entry.getKey());
            if (type != null) {
                points += (long) type.points() * entry.getValue().size();
            }
        }
        return points;
    }

    private BigDecimal salesIn(List<DatedSale> sales, org.tierdesk.program.Window window, String category,
                               LocalDate asOf, LocalDate joined) {
        DateRange range = Windows.range(window, asOf, joined);
        BigDecimal sum = BigDecimal.ZERO;
        for (DatedSale sale : sales) {
            if (range.contains(sale.date) && inCategory(sale, category)) {
                sum = sum.add(sale.amount);
            }
        }
        return sum;
    }

    private long licensesIn(List<DatedSale> sales, Measure.Licenses measure, LocalDate asOf, LocalDate joined) {
        DateRange range = Windows.range(measure.window(), asOf, joined);
        long sum = 0;
        for (DatedSale sale : sales) {
            if (range.contains(sale.date) && inCategory(sale, measure.category())) {
                sum += sale.licenses;
            }
        }
        return sum;
    }

    private boolean inCategory(DatedSale sale, String category) {
        if (category == null) {
            return true;
        }
        String own = sale.category == null ? program.defaultCategory() : sale.category;
        return category.equals(own);
    }

    private static List<DatedSale> datedSales(List<ExtraSales> extras, LocalDate asOf, LocalDate joined) {
        List<DatedSale> sales = new ArrayList<>(extras.size() + 1);
        for (ExtraSales extra : extras) {
            sales.add(new DatedSale(saleDate(extra.window() == null ? null : extra.window(), asOf, joined),
                    extra.category(), extra.amount(), extra.licenses()));
        }
        return sales;
    }

    /** The last day of the window as of {@code asOf} (the date itself without a window, or for an empty window). */
    public static LocalDate saleDate(org.tierdesk.program.Window window, LocalDate asOf, LocalDate joined) {
        if (window == null) {
            return asOf;
        }
        DateRange range = Windows.range(window, asOf, joined);
        return range.isEmpty() ? asOf : range.to();
    }

    /** Activities of the what-if by type with their dates, only those from the join date to the as-of date. */
    private Map<String, List<LocalDate>> activityDates(WhatIf whatIf, LocalDate asOf, LocalDate joined,
                                                       LocalDate baseDate) {
        Map<String, List<LocalDate>> dates = new HashMap<>();
        whatIf.activities().forEach((type, n) -> {
            List<LocalDate> list = dates.computeIfAbsent(type, k -> new ArrayList<>());
            for (int i = 0; i < n; i++) {
                list.add(asOf);
            }
        });
        LocalDate from = baseDate == null ? asOf : baseDate;
        for (String type : whatIf.activityEachQuarter()) {
            List<LocalDate> list = dates.computeIfAbsent(type, k -> new ArrayList<>());
            for (Quarter q = Quarter.containing(from); !q.start().isAfter(asOf); q = next(q)) {
                LocalDate day = q.start().isBefore(from) ? from : q.start();
                list.add(day.isAfter(asOf) ? asOf : day);
            }
        }
        dates.values().forEach(list -> list.removeIf(d -> d.isAfter(asOf) || (joined != null && d.isBefore(joined))));
        return dates;
    }

    private static Quarter next(Quarter q) {
        return Quarter.containing(q.end().plusDays(1));
    }

    /** The sales measure a plan-met requirement (or bonus condition) compares with the plan, if the program has one. */
    private static Measure.SalesAmount planSalesMeasure(Program program) {
        for (Tier tier : program.tiers()) {
            for (Requirement r : tier.requirements()) {
                if (r instanceof Requirement.PlanMet met) {
                    return new Measure.SalesAmount(met.window(), null);
                }
            }
        }
        for (Bonus bonus : program.bonuses()) {
            if (bonus.condition() instanceof Requirement.PlanMet met) {
                return new Measure.SalesAmount(met.window(), null);
            }
        }
        return null;
    }

    private record DatedSale(LocalDate date, String category, BigDecimal amount, long licenses) {}
}
