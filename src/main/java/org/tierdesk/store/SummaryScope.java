package org.tierdesk.store;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.tierdesk.program.Program;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.tierdesk.store.jooq.Tables.PARTNERS;

/**
 * The partners of one program whose facts summaries one round of queries computes, with each one's join date and
 * {@link TierPeriods}; it turns their per-partner dates into SQL conditions.
 */
record SummaryScope(Program program, LocalDate asOf, Map<Long, LocalDate> joined, Map<Long, TierPeriods> periods,
                    Condition partners) {

    SummaryScope {
        joined = Map.copyOf(joined);
        periods = Map.copyOf(periods);
    }

    /** Points count from the later of the join date and the last reset (the reset day's lines count). */
    Condition pointsFrom(Field<Long> partnerId, Field<LocalDate> day) {
        Condition condition = day.ge(PARTNERS.JOINED);
        List<Long> reset = new ArrayList<>();
        List<Condition> after = new ArrayList<>();
        for (Map.Entry<Long, TierPeriods> entry : periods.entrySet()) {
            LocalDate resetOn = entry.getValue().resetOn();
            if (resetOn != null) {
                reset.add(entry.getKey());
                after.add(partnerId.eq(entry.getKey()).and(day.ge(resetOn)));
            }
        }
        if (reset.isEmpty()) {
            return condition;
        }
        return condition.and(partnerId.notIn(inline(reset)).or(DSL.or(after)));
    }

    /**
     * Partner ids as literals: H2 tests a row against a list of constants in a hash set, against a list of bind
     * values one by one, which for hundreds of partners costs more than the rest of the sales query.
     */
    private static List<Field<Long>> inline(List<Long> ids) {
        return ids.stream().<Field<Long>>map(DSL::inline).toList();
    }

    /** The sale date lies in a period in which the partner held the holding-bonus tier. */
    Condition holdingBonusTier(Field<Long> partnerId, Field<LocalDate> day) {
        List<Long> always = new ArrayList<>();
        List<Condition> some = new ArrayList<>();
        for (Map.Entry<Long, TierPeriods> entry : periods.entrySet()) {
            List<TierPeriods.Period> held = entry.getValue().bonusPeriods();
            if (held.size() == 1 && held.get(0).always()) {
                always.add(entry.getKey());
            } else if (!held.isEmpty()) {
                List<Condition> inPeriod = new ArrayList<>();
                for (TierPeriods.Period period : held) {
                    Condition c = DSL.trueCondition();
                    if (period.from() != null) {
                        c = c.and(day.ge(period.from()));
                    }
                    if (period.until() != null) {
                        c = c.and(day.lt(period.until()));
                    }
                    inPeriod.add(c);
                }
                some.add(partnerId.eq(entry.getKey()).and(DSL.or(inPeriod)));
            }
        }
        List<Condition> any = new ArrayList<>(some);
        if (!always.isEmpty()) {
            any.add(0, partnerId.in(inline(always)));
        }
        return any.isEmpty() ? DSL.falseCondition() : DSL.or(any);
    }
}
