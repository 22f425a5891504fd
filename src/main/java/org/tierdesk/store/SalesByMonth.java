package org.tierdesk.store;

import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.impl.DSL;

import org.tierdesk.program.PointsRules;
import org.tierdesk.program.Program;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.tierdesk.store.jooq.Tables.PARTNERS;
import static org.tierdesk.store.jooq.Tables.SALES;
import static org.tierdesk.store.jooq.Tables.SALES_MONTHS;
import static org.tierdesk.store.jooq.Tables.SALES_MONTHS_RULES;

/**
 * The {@code sales_months} table: each partner's sales summed per month, category and month of return, which the
 * portfolio's facts summary reads instead of the sales for every month a window covers whole. Every write to a
 * partner's sales sums that partner's rows again from its sales in the same transaction ({@link #refresh}), so
 * the table can never disagree with the sales it sums. A month is a number: year × 12 + month − 1. Each row also
 * holds the points its sales earn by the rules of the partner's program, summed sale by sale ({@link SaleEarnings});
 * {@link #settlePoints} sums a program's rows again when its rules are not the ones they were summed by.
 */
final class SalesByMonth {
    /** Partners refreshed by one statement pair. */
    private static final int CHUNK = 500;

    private SalesByMonth() {
    }

    static int month(LocalDate day) {
        return day.getYear() * 12 + day.getMonthValue() - 1;
    }

    static Field<Integer> month(Field<LocalDate> day) {
        // inline numbers: GROUP BY must repeat the very expression, which bind values would make differ
        return DSL.extract(day, DatePart.YEAR).times(DSL.inline(12)).plus(DSL.extract(day, DatePart.MONTH))
                .minus(DSL.inline(1));
    }

    static LocalDate firstDay(int month) {
        return LocalDate.of(Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1, 1);
    }

    static LocalDate lastDay(int month) {
        LocalDate first = firstDay(month);
        return first.withDayOfMonth(first.lengthOfMonth());
    }

    static void refresh(DSLContext tx, ProgramCatalog programs, long partnerId) {
        refresh(tx, programs, List.of(partnerId));
    }

    /**
     * Sums the monthly rows of {@code partnerIds} again from their sales, the points by the rules of each one's
     * program (none where the program is not loaded: {@link #settlePoints} sums them again once it is).
     */
    static void refresh(DSLContext tx, ProgramCatalog programs, Collection<Long> partnerIds) {
        Map<String, List<Long>> byProgram = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>(partnerIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            tx.select(PARTNERS.ID, PARTNERS.PROGRAM_ID).from(PARTNERS).where(PARTNERS.ID.in(chunk))
                    .forEach(r -> byProgram.computeIfAbsent(r.value2(), k -> new ArrayList<>()).add(r.value1()));
        }
        for (Map.Entry<String, List<Long>> group : byProgram.entrySet()) {
            sum(tx, programs.find(group.getKey()).map(Program::pointsRules).orElse(null), group.getValue());
        }
    }

    /**
     * Makes the points of {@code program}'s monthly rows follow its rules as loaded now: where they were summed by
     * other rules (a changed program file) or not yet recorded, every partner of the program is summed again. A
     * program without points has nothing to follow.
     */
    static void settlePoints(DSLContext tx, Program program) {
        if (program.pointsRules() == null) {
            return; // no points are read from its rows
        }
        String key = SaleEarnings.key(program.pointsRules());
        String recorded = tx.select(SALES_MONTHS_RULES.RULES).from(SALES_MONTHS_RULES)
                .where(SALES_MONTHS_RULES.PROGRAM_ID.eq(program.id())).fetchOne(SALES_MONTHS_RULES.RULES);
        if (key.equals(recorded)) {
            return;
        }
        sum(tx, program.pointsRules(), tx.select(PARTNERS.ID).from(PARTNERS)
                .where(PARTNERS.PROGRAM_ID.eq(program.id())).fetch(PARTNERS.ID));
        tx.mergeInto(SALES_MONTHS_RULES).using(DSL.selectOne())
                .on(SALES_MONTHS_RULES.PROGRAM_ID.eq(program.id()))
                .whenMatchedThenUpdate().set(SALES_MONTHS_RULES.RULES, key)
                .whenNotMatchedThenInsert(SALES_MONTHS_RULES.PROGRAM_ID, SALES_MONTHS_RULES.RULES)
                .values(program.id(), key)
                .execute();
    }

    /** Sums the rows of {@code members}, all of one program with these points rules, a chunk at a time. */
    private static void sum(DSLContext tx, PointsRules rules, List<Long> members) {
        for (int from = 0; from < members.size(); from += CHUNK) {
            sumChunk(tx, rules, members.subList(from, Math.min(members.size(), from + CHUNK)));
        }
    }

    private static void sumChunk(DSLContext tx, PointsRules rules, List<Long> chunk) {
        tx.deleteFrom(SALES_MONTHS).where(SALES_MONTHS.PARTNER_ID.in(chunk)).execute();
        Field<Integer> saleMonth = month(SALES.SALE_DATE);
        Field<Integer> returnedMonth = month(SALES.RETURNED_ON);
        Field<BigDecimal> amount = SALES.AMOUNT_PROGRAM.coerce(BigDecimal.class);
        tx.insertInto(SALES_MONTHS, SALES_MONTHS.PARTNER_ID, SALES_MONTHS.SALE_MONTH, SALES_MONTHS.CATEGORY,
                        SALES_MONTHS.RETURNED_MONTH, SALES_MONTHS.AMOUNT_PROGRAM, SALES_MONTHS.LICENSES,
                        SALES_MONTHS.SALE_COUNT, SALES_MONTHS.POINTS, SALES_MONTHS.BONUS_POINTS)
                .select(tx.select(SALES.PARTNER_ID, saleMonth, SALES.CATEGORY, returnedMonth,
                                DSL.sum(amount).coerce(SALES_MONTHS.AMOUNT_PROGRAM),
                                DSL.sum(SALES.LICENSES).coerce(SALES_MONTHS.LICENSES),
                                DSL.count().coerce(SALES_MONTHS.SALE_COUNT),
                                DSL.sum(SaleEarnings.base(rules, amount)).coerce(SALES_MONTHS.POINTS),
                                DSL.sum(SaleEarnings.bonus(rules, amount)).coerce(SALES_MONTHS.BONUS_POINTS))
                        .from(SALES).where(SALES.PARTNER_ID.in(chunk))
                        .groupBy(SALES.PARTNER_ID, saleMonth, SALES.CATEGORY, returnedMonth))
                .execute();
    }
}
