package org.tierdesk.store;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Row3;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.util.List;

/**
 * Days of sales to read per partner, as an inline table of (partner_id, first_day, last_day) that the sales join
 * on: H2 then walks the table and seeks each partner's days in the (partner, date) indexes, reading those sales
 * and no one else's, whatever it estimates the other ways to cost. The ids and days are literals, which H2 reads
 * as fast as it parses them.
 */
public record PartnerDays(Table<?> table) {

    public static PartnerDays of(List<Row3<Long, LocalDate, LocalDate>> rows) {
        @SuppressWarnings("unchecked")
        Table<?> days = DSL.values(rows.toArray(Row3[]::new)).as("days", "partner_id", "first_day", "last_day");
        return new PartnerDays(days);
    }

    public static Row3<Long, LocalDate, LocalDate> row(long partnerId, LocalDate first, LocalDate last) {
        return DSL.row(DSL.inline(partnerId), DSL.inline(first), DSL.inline(last));
    }

    public Field<Long> partnerId() {
        return table.field("partner_id", Long.class);
    }

    /** The join of rows (by their partner column and a day column) to the table's days. */
    public Condition covers(Field<Long> partner, Field<LocalDate> day) {
        return partner.eq(partnerId()).and(day.between(table.field("first_day", LocalDate.class),
                table.field("last_day", LocalDate.class)));
    }
}
