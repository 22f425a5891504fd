package org.tierdesk.store;

import org.jooq.Condition;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.Row3;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.tierdesk.engine.window.DateRange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.tierdesk.store.jooq.Tables.PARTNERS;
import static org.tierdesk.store.jooq.Tables.SALES;

/**
 * The sales of the months the windows of a facts summary cut (see {@link WindowMonths}), in disjoint parts: those
 * made in each cut month; those made in the days before a window that starts after the 1st (taken off that month's
 * rows) and in no cut month; those returned in a cut month and in neither; those made on or after the join date in
 * the join month (joined on a day other than the 1st) and in none of the other parts. Each part names its days
 * per partner of the scope ({@link PartnerDays}), so a part reads the scope's own partners' sales of those days
 * and no one else's.
 *
 * @param days    the table of days: partner_id, first_day, last_day
 * @param matches the join of the sales to it, by sale date or by return date
 * @param also    what else a sale of the part must meet
 */
record CutSales(Table<?> days, Condition matches, Condition also) {

    static List<CutSales> of(SummaryScope scope, Set<Integer> saleMonths, Set<Integer> returnMonths,
                             Set<DateRange> leadingDays, boolean joinMonths) {
        List<CutSales> parts = new ArrayList<>();
        if (scope.joined().isEmpty()) {
            return parts;
        }
        Condition inSaleMonth = inMonths(SALES.SALE_DATE, saleMonths);
        if (!saleMonths.isEmpty()) {
            parts.add(part(everyPartner(scope, saleMonths), SALES.SALE_DATE, DSL.trueCondition()));
        }
        Condition inLeadingDays = DSL.falseCondition();
        if (!leadingDays.isEmpty()) {
            List<Row3<Long, LocalDate, LocalDate>> rows = new ArrayList<>();
            for (DateRange days : leadingDays) {
                scope.joined().keySet().forEach(id -> rows.add(PartnerDays.row(id, days.from(), days.to())));
                inLeadingDays = inLeadingDays.or(SALES.SALE_DATE.between(days.from(), days.to()));
            }
            parts.add(part(rows, SALES.SALE_DATE, DSL.not(inSaleMonth)));
        }
        Condition inReturnMonth = inMonths(SALES.RETURNED_ON, returnMonths);
        if (!returnMonths.isEmpty()) {
            parts.add(part(everyPartner(scope, returnMonths), SALES.RETURNED_ON,
                    DSL.not(inSaleMonth).andNot(inLeadingDays)));
        }
        if (joinMonths) {
            List<Row3<Long, LocalDate, LocalDate>> rows = new ArrayList<>();
            for (Map.Entry<Long, LocalDate> partner : scope.joined().entrySet()) {
                LocalDate joined = partner.getValue();
                if (joined.getDayOfMonth() > 1) {
                    rows.add(PartnerDays.row(partner.getKey(), joined,
                            joined.withDayOfMonth(joined.lengthOfMonth())));
                }
            }
            if (!rows.isEmpty()) {
                parts.add(part(rows, SALES.SALE_DATE, DSL.extract(PARTNERS.JOINED, DatePart.DAY).gt(1)
                        .and(SALES.SALE_DATE.ge(PARTNERS.JOINED))
                        .andNot(inSaleMonth)
                        .andNot(inLeadingDays)
                        .and(SALES.RETURNED_ON.isNull().or(DSL.not(inReturnMonth)))));
            }
        }
        return parts;
    }

    /** Each month's days for every partner of the scope. */
    private static List<Row3<Long, LocalDate, LocalDate>> everyPartner(SummaryScope scope, Set<Integer> months) {
        List<Row3<Long, LocalDate, LocalDate>> rows = new ArrayList<>();
        for (int month : months) {
            scope.joined().keySet().forEach(id -> rows.add(PartnerDays.row(id, SalesByMonth.firstDay(month),
                    SalesByMonth.lastDay(month))));
        }
        return rows;
    }

    private static Condition inMonths(Field<LocalDate> day, Set<Integer> months) {
        Condition in = DSL.falseCondition();
        for (int month : months) {
            in = in.or(day.between(SalesByMonth.firstDay(month), SalesByMonth.lastDay(month)));
        }
        return in;
    }

    private static CutSales part(List<Row3<Long, LocalDate, LocalDate>> rows, Field<LocalDate> day,
                                 Condition also) {
        PartnerDays days = PartnerDays.of(rows);
        return new CutSales(days.table(), days.covers(SALES.PARTNER_ID, day), also);
    }
}
