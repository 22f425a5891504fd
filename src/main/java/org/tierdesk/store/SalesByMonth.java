package org.tierdesk.store;

import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.tierdesk.store.jooq.Tables.SALES;
import static org.tierdesk.store.jooq.Tables.SALES_MONTHS;

/**
 * The {@code sales_months} table: each partner's sales summed per month, category and month of return, which the
 * portfolio's facts summary reads instead of the sales for every month a window covers whole. Every write to a
 * partner's sales sums that partner's rows again from its sales in the same transaction ({@link #refresh}), so
 * the table can never disagree with the sales it sums. A month is a number: year × 12 + month − 1.
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

    static void refresh(DSLContext tx, long partnerId) {
        refresh(tx, List.of(partnerId));
    }

    /** Sums the monthly rows of {@code partnerIds} again from their sales. */
    static void refresh(DSLContext tx, Collection<Long> partnerIds) {
        List<Long> ids = new ArrayList<>(partnerIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            tx.deleteFrom(SALES_MONTHS).where(SALES_MONTHS.PARTNER_ID.in(chunk)).execute();
            Field<Integer> saleMonth = month(SALES.SALE_DATE);
            Field<Integer> returnedMonth = month(SALES.RETURNED_ON);
            tx.insertInto(SALES_MONTHS, SALES_MONTHS.PARTNER_ID, SALES_MONTHS.SALE_MONTH, SALES_MONTHS.CATEGORY,
                            SALES_MONTHS.RETURNED_MONTH, SALES_MONTHS.AMOUNT_PROGRAM, SALES_MONTHS.LICENSES,
                            SALES_MONTHS.SALE_COUNT)
                    .select(tx.select(SALES.PARTNER_ID, saleMonth, SALES.CATEGORY, returnedMonth,
                                    DSL.sum(SALES.AMOUNT_PROGRAM.coerce(java.math.BigDecimal.class))
                                            .coerce(SALES_MONTHS.AMOUNT_PROGRAM),
                                    DSL.sum(SALES.LICENSES).coerce(SALES_MONTHS.LICENSES),
                                    DSL.count().coerce(SALES_MONTHS.SALE_COUNT))
                            .from(SALES).where(SALES.PARTNER_ID.in(chunk))
                            .groupBy(SALES.PARTNER_ID, saleMonth, SALES.CATEGORY, returnedMonth))
                    .execute();
        }
    }
}
