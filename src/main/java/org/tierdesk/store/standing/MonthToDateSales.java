package org.tierdesk.store.standing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Row3;
import org.jooq.impl.DSL;
import org.tierdesk.program.VolumeUnit;
import org.tierdesk.store.PartnerDays;

import static org.tierdesk.store.jooq.Tables.SALES;

/**
 * This month's sales so far per partner and category (amount in the program currency and licenses), counting a
 * returned sale only while its return date lies after the as-of date, as a volume window does. One grouped query.
 */
final class MonthToDateSales {
    private final Map<Long, Map<String, BigDecimal[]>> byPartner;

    private MonthToDateSales(Map<Long, Map<String, BigDecimal[]>> byPartner) {
        this.byPartner = byPartner;
    }

    /** This month's sales so far of {@code partnerIds}. */
    static MonthToDateSales query(DSLContext dsl, List<Long> partnerIds, LocalDate asOf) {
        Map<Long, Map<String, BigDecimal[]>> found = new HashMap<>();
        List<Row3<Long, LocalDate, LocalDate>> month = new ArrayList<>();
        for (Long id : partnerIds) {
            month.add(PartnerDays.row(id, asOf.withDayOfMonth(1), asOf));
        }
        if (month.isEmpty()) {
            return new MonthToDateSales(found);
        }
        PartnerDays days = PartnerDays.of(month);
        for (Record row : dsl.select(SALES.PARTNER_ID, SALES.CATEGORY,
                        DSL.sum(SALES.AMOUNT_PROGRAM.coerce(BigDecimal.class)), DSL.sum(SALES.LICENSES))
                .from(days.table()).join(SALES).on(days.covers(SALES.PARTNER_ID, SALES.SALE_DATE))
                .where(SALES.RETURNED_ON.isNull().or(SALES.RETURNED_ON.gt(asOf)))
                .groupBy(SALES.PARTNER_ID, SALES.CATEGORY)
                .fetch()) {
            BigDecimal amount = row.get(2, BigDecimal.class);
            BigDecimal licenses = row.get(3, BigDecimal.class);
            found.computeIfAbsent(row.get(SALES.PARTNER_ID), k -> new HashMap<>())
                    .put(row.get(SALES.CATEGORY) == null ? "" : row.get(SALES.CATEGORY), new BigDecimal[]{
                            amount == null ? BigDecimal.ZERO : amount,
                            licenses == null ? BigDecimal.ZERO : licenses});
        }
        return new MonthToDateSales(found);
    }

    /** This month's figure in {@code unit} for {@code category} (null: every category). */
    BigDecimal of(long partnerId, VolumeUnit unit, String category) {
        int column = unit == VolumeUnit.LICENSES ? 1 : 0;
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal[]> entry : byPartner.getOrDefault(partnerId, Map.of()).entrySet()) {
            if (category == null || category.equals(entry.getKey())) {
                total = total.add(entry.getValue()[column]);
            }
        }
        return total;
    }
}
