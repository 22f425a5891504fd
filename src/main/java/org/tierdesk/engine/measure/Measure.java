package org.tierdesk.engine.measure;

import org.tierdesk.program.Window;

/**
 * One aggregate over a partner's facts, as of a date. Amounts are in the program's currency (converted at the
 * rate in force on each sale date, full precision); counts are whole numbers; yes/no facts are 1 or 0.
 */
public sealed interface Measure {

    /** 1 when the checklist item is done on the as-of date, else 0. */
    record ChecklistDone(String item) implements Measure {}

    /** Staff members with {@code certification} valid on the as-of date. */
    record CertifiedStaff(String certification) implements Measure {}

    /** Staff members with {@code role}. */
    record StaffInRole(String role) implements Measure {}

    /** Sales amount in {@code window} of {@code category} (null: every category), in the program's currency. */
    record SalesAmount(Window window, String category) implements Measure {}

    /** Licenses sold in {@code window} of {@code category} (null: every category). */
    record Licenses(Window window, String category) implements Measure {}

    /** Activities of {@code type} in {@code window}; approved ones only when {@code approvedOnly}. */
    record ActivityCount(String type, Window window, boolean approvedOnly) implements Measure {}

    /**
     * How many of the last {@code quarters} completed calendar quarters hold at least one {@code type} activity
     * dated on or after the join date (a quarter before the join date counts as one without).
     */
    record ActivityQuarters(String type, int quarters) implements Measure {}

    /**
     * 1 when the {@code quartersBack}-th most recent completed calendar quarter (1: the last quarter that ended on
     * or before the as-of date) holds at least one {@code type} activity dated on or after the join date, else 0.
     * Lets a gap name the quarters that lack one ("1 more joint-promotion in 2026-Q2").
     */
    record ActivityInQuarter(String type, int quartersBack) implements Measure {}

    /** 1 when an agreed sales plan exists for the as-of date's year, else 0. */
    record PlanAgreed() implements Measure {}

    /** The as-of year's plan amount in the program's currency (0 when there is none). */
    record PlanAmount() implements Measure {}

    /** The points balance on the as-of date (sales, activities, holding bonus, returns, downgrade resets). */
    record PointsBalance() implements Measure {}
}
