package org.tierdesk.store.plan;

import static org.tierdesk.store.jooq.Tables.PARTNERS;
import static org.tierdesk.store.jooq.Tables.SALES;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.tierdesk.engine.window.DateRange;
import org.tierdesk.engine.window.Windows;
import org.tierdesk.program.Program;
import org.tierdesk.program.Window;
import org.tierdesk.store.Workspace;

/**
 * A partner's sales of the last 12 months by category, in the program's currency, summed in SQL (the deal
 * calculator's yearly view): the trailing-12-months window as of a date, a sale returned within it left out, sales
 * without a category under the program's default category.
 */
public final class TrailingSales {
    private final Workspace workspace;

    public TrailingSales(Workspace workspace) {
        this.workspace = workspace;
    }

    public Map<String, BigDecimal> byCategory(long partnerId, LocalDate asOf) {
        String programId = workspace.database().dsl().select(PARTNERS.PROGRAM_ID).from(PARTNERS)
                .where(PARTNERS.ID.eq(partnerId)).fetchOptional(PARTNERS.PROGRAM_ID)
                .orElseThrow(() -> new NoSuchElementException("no partner with id " + partnerId));
        Program program = workspace.programs().find(programId).orElseThrow(() -> new IllegalStateException(
                "the program " + programId + " is not loaded: add its program file"));
        DateRange range = Windows.range(Window.TRAILING_12_MONTHS, asOf, null);
        Field<BigDecimal> total = DSL.sum(SALES.AMOUNT_PROGRAM.coerce(BigDecimal.class)).as("total");
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        workspace.database().dsl().select(SALES.CATEGORY, total).from(SALES)
                .where(SALES.PARTNER_ID.eq(partnerId))
                .and(SALES.SALE_DATE.between(range.from(), range.to()))
                .and(SALES.RETURNED_ON.isNull().or(SALES.RETURNED_ON.gt(range.to())))
                .groupBy(SALES.CATEGORY).orderBy(SALES.CATEGORY)
                .forEach(row -> {
                    String category = row.value1() == null ? program.defaultCategory() : row.value1();
                    if (category != null && row.value2() != null) {
                        sums.merge(category, row.value2(), BigDecimal::add);
                    }
                });
        return sums;
    }
}
