package org.tierdesk.engine.whatif;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tierdesk.program.Window;

/**
 * A manager's hypothetical changes to one partner's facts, kept apart from the facts themselves: more sales by
 * window and category, more certified staff by certification, more staff by role, more (approved) activities by
 * type on the what-if's date, an activity of a type in every quarter from now to that date, checklist items done,
 * an agreed plan (with an amount, or null to keep the plan's), the plan met, and the date to look at ({@code asOf}
 * null: the simulator's own date). Counts are additions to what the facts hold; none is negative.
 */
public record WhatIf(List<ExtraSales> sales, Map<String, Integer> certifiedStaff, Map<String, Integer> staffInRole,
                     Map<String, Integer> activities, Set<String> activityEachQuarter, Set<String> checklistDone,
                     boolean planAgreed, BigDecimal planAmount, boolean planMet, LocalDate asOf) {

    public static final WhatIf NONE = new WhatIf(List.of(), Map.of(), Map.of(), Map.of(), Set.of(), Set.of(), false,
            null, false, null);

    public WhatIf {
        sales = List.copyOf(sales.stream().filter(s -> !s.isEmpty()).toList());
        certifiedStaff = positive(certifiedStaff, "certified staff");
        staffInRole = positive(staffInRole, "staff in role");
        activities = positive(activities, "activities");
        activityEachQuarter = sorted(activityEachQuarter);
        checklistDone = sorted(checklistDone);
        if (planAmount != null && planAmount.signum() < 0) {
            throw new IllegalArgumentException("a plan amount cannot be negative: " + planAmount);
        }
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** The extra sales of one window and category (zero when there are none). */
    public ExtraSales salesIn(Window window, String category) {
        return sales.stream().filter(s -> s.sameSlot(window, category)).findFirst()
                .orElse(new ExtraSales(window, category, BigDecimal.ZERO, 0));
    }

    public int certified(String certification) {
        return certifiedStaff.getOrDefault(certification, 0);
    }

    public int inRole(String role) {
        return staffInRole.getOrDefault(role, 0);
    }

    public int activitiesOf(String type) {
        return activities.getOrDefault(type, 0);
    }

    /** This what-if with the extra sales of a window and category replaced. */
    public WhatIf withSales(Window window, String category, BigDecimal amount, long licenses) {
        List<ExtraSales> list = new ArrayList<>(sales.stream().filter(s -> !s.sameSlot(window, category)).toList());
        list.add(new ExtraSales(window, category, amount, licenses));
        return new WhatIf(list, certifiedStaff, staffInRole, activities, activityEachQuarter, checklistDone,
                planAgreed, planAmount, planMet, asOf);
    }

    public WhatIf withCertified(String certification, int count) {
        return new WhatIf(sales, with(certifiedStaff, certification, count), staffInRole, activities,
                activityEachQuarter, checklistDone, planAgreed, planAmount, planMet, asOf);
    }

    public WhatIf withRole(String role, int count) {
        return new WhatIf(sales, certifiedStaff, with(staffInRole, role, count), activities, activityEachQuarter,
                checklistDone, planAgreed, planAmount, planMet, asOf);
    }

    public WhatIf withActivities(String type, int count) {
        return new WhatIf(sales, certifiedStaff, staffInRole, with(activities, type, count), activityEachQuarter,
                checklistDone, planAgreed, planAmount, planMet, asOf);
    }

    public WhatIf withActivityEachQuarter(String type, boolean on) {
        return new WhatIf(sales, certifiedStaff, staffInRole, activities, toggled(activityEachQuarter, type, on),
                checklistDone, planAgreed, planAmount, planMet, asOf);
    }

    public WhatIf withChecklist(String item, boolean done) {
        return new WhatIf(sales, certifiedStaff, staffInRole, activities, activityEachQuarter,
                toggled(checklistDone, item, done), planAgreed, planAmount, planMet, asOf);
    }

    public WhatIf withPlanAgreed(boolean agreed, BigDecimal amount) {
        return new WhatIf(sales, certifiedStaff, staffInRole, activities, activityEachQuarter, checklistDone, agreed,
                agreed ? amount : null, planMet, asOf);
    }

    public WhatIf withPlanMet(boolean met) {
        return new WhatIf(sales, certifiedStaff, staffInRole, activities, activityEachQuarter, checklistDone,
                planAgreed, planAmount, met, asOf);
    }

    public WhatIf withAsOf(LocalDate date) {
        return new WhatIf(sales, certifiedStaff, staffInRole, activities, activityEachQuarter, checklistDone,
                planAgreed, planAmount, planMet, date);
    }

    /**
     * Both what-ifs at once: counts and sales of the same slot add up, sets join, a flag set in either holds; the
     * later date wins, and {@code other}'s plan amount where it gives one.
     */
    public WhatIf plus(WhatIf other) {
        List<ExtraSales> list = new ArrayList<>(sales);
        for (ExtraSales extra : other.sales) {
            ExtraSales mine = salesIn(extra.window(), extra.category());
            list.removeIf(s -> s.sameSlot(extra.window(), extra.category()));
            list.add(new ExtraSales(extra.window(), extra.category(), mine.amount().add(extra.amount()),
                    mine.licenses() + extra.licenses()));
        }
        Set<String> quarters = new LinkedHashSet<>(activityEachQuarter);
        quarters.addAll(other.activityEachQuarter);
        Set<String> done = new LinkedHashSet<>(checklistDone);
        done.addAll(other.checklistDone);
        LocalDate date = asOf == null ? other.asOf
                : other.asOf == null || asOf.isAfter(other.asOf) ? asOf : other.asOf;
        return new WhatIf(list, sum(certifiedStaff, other.certifiedStaff), sum(staffInRole, other.staffInRole),
                sum(activities, other.activities), quarters, done, planAgreed || other.planAgreed,
                other.planAmount != null ? other.planAmount : planAmount, planMet || other.planMet, date);
    }

    private static Map<String, Integer> positive(Map<String, Integer> counts, String what) {
        Map<String, Integer> kept = new TreeMap<>();
        counts.forEach((id, n) -> {
            Objects.requireNonNull(id, what);
            if (n == null || n < 0) {
                throw new IllegalArgumentException(what + " cannot be negative: " + id + " " + n);
            }
            if (n > 0) {
                kept.put(id, n);
            }
        });
        return java.util.Collections.unmodifiableMap(kept);
    }

    private static Set<String> sorted(Set<String> ids) {
        return java.util.Collections.unmodifiableSet(new TreeSet<>(ids));
    }

    private static Map<String, Integer> with(Map<String, Integer> counts, String id, int count) {
        Map<String, Integer> copy = new LinkedHashMap<>(counts);
        copy.put(id, count);
        return copy;
    }

    private static Set<String> toggled(Set<String> ids, String id, boolean on) {
        Set<String> copy = new LinkedHashSet<>(ids);
        if (on) {
            copy.add(id);
        } else {
            copy.remove(id);
        }
        return copy;
    }

    private static Map<String, Integer> sum(Map<String, Integer> a, Map<String, Integer> b) {
        Map<String, Integer> total = new LinkedHashMap<>(a);
        b.forEach((id, n) -> total.merge(id, n, Integer::sum));
        return total;
    }
}
