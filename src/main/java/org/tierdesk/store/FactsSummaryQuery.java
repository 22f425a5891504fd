package org.tierdesk.store;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Row3;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.tierdesk.engine.facts.Money;
import org.tierdesk.engine.facts.PartnerProfile;
import org.tierdesk.engine.facts.TierChange;
import org.tierdesk.engine.measure.FactsSummary;
import org.tierdesk.engine.measure.Measure;
import org.tierdesk.engine.measure.Measures;
import org.tierdesk.engine.window.DateRange;
import org.tierdesk.engine.window.Quarter;
import org.tierdesk.engine.window.Windows;
import org.tierdesk.program.ActivityType;
import org.tierdesk.program.Program;
import org.tierdesk.program.Window;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.tierdesk.store.jooq.Tables.ACTIVITIES;
import static org.tierdesk.store.jooq.Tables.CERTIFICATIONS;
import static org.tierdesk.store.jooq.Tables.CHECKLIST_ITEMS;
import static org.tierdesk.store.jooq.Tables.PARTNERS;
import static org.tierdesk.store.jooq.Tables.SALES;
import static org.tierdesk.store.jooq.Tables.SALES_MONTHS;
import static org.tierdesk.store.jooq.Tables.SALES_PLANS;
import static org.tierdesk.store.jooq.Tables.STAFF;
import static org.tierdesk.store.jooq.Tables.STAFF_ROLES;
import static org.tierdesk.store.jooq.Tables.TIER_HISTORY;

/**
 * Partners' {@link FactsSummary} as of a date, computed by SQL aggregates (SUM / COUNT with a CASE per measure,
 * GROUP BY partner) so that no sale row is loaded into Java: the figures the engine's own
 * {@code FactsSummarizer} computes from raw facts, to the digit. Per program, one query each over sales,
 * activities, certifications, roles and the checklist answers every partner of that program at once.
 * <p>
 * Conversion: each sale's amount in the program currency is kept in {@code sales.amount_program}, converted by the
 * engine's converter when the sale or a rate is written (see {@link ProgramAmounts}); a join to the rate in force
 * per sale would make the portfolio query a correlated lookup per sale for the same figure.
 * Points: per sale floor(amount / perAmount) × points, the holding bonus inside the periods the partner held the
 * bonus tier, activity points (approved ones where the type needs approval), returns taken back on their date, all
 * counted from the last downgrade reset (whose floor is added) or the join date; the tier history behind those
 * dates is a few rows per partner, read and turned into conditions first ({@link TierPeriods}).
 */
public final class FactsSummaryQuery {
    private final Workspace workspace;

    FactsSummaryQuery(Workspace workspace) {
        this.workspace = workspace;
    }

    /** One partner's summary as of {@code asOf}. */
    public FactsSummary of(long partnerId, LocalDate asOf) {
        Map<Long, FactsSummary> one = workspace.database().inTransactionResult(cfg ->
                summaries(cfg.dsl(), PARTNERS.ID.eq(partnerId), asOf));
        FactsSummary summary = one.get(partnerId);
        if (summary == null) {
            throw new NoSuchElementException("no partner with id " + partnerId + " under a loaded program");
        }
        return summary;
    }

    /** Every partner's summary as of {@code asOf} (partners whose program is not loaded are left out). */
    public Map<Long, FactsSummary> all(LocalDate asOf) {
        return workspace.database().inTransactionResult(cfg -> summaries(cfg.dsl(), DSL.trueCondition(), asOf));
    }

    /** The summaries of the partners of one program. */
    public Map<Long, FactsSummary> ofProgram(String programId, LocalDate asOf) {
        return workspace.database().inTransactionResult(cfg ->
                summaries(cfg.dsl(), PARTNERS.PROGRAM_ID.eq(programId), asOf));
    }

    /**
     * Brings the monthly points rows of every loaded program with partners up to its rules as loaded now, which the
     * first summary of a program otherwise does on the way (see {@link SalesByMonth#settlePoints}).
     */
    public void settle() {
        workspace.database().inTransaction(cfg -> {
            DSLContext tx = cfg.dsl();
            for (String programId : tx.selectDistinct(PARTNERS.PROGRAM_ID).from(PARTNERS).fetch(PARTNERS.PROGRAM_ID)) {
                workspace.programs().find(programId).ifPresent(program -> SalesByMonth.settlePoints(tx, program));
            }
        });
    }

    private Map<Long, FactsSummary> summaries(DSLContext dsl, Condition partners, LocalDate asOf) {
        Map<String, List<Record>> byProgram = new LinkedHashMap<>();
        for (Record row : dsl.select(PARTNERS.ID, PARTNERS.NAME, PARTNERS.PROGRAM_ID, PARTNERS.JOINED,
                        PARTNERS.HELD_TIER)
                .from(PARTNERS).where(partners).orderBy(PARTNERS.ID).fetch()) {
            byProgram.computeIfAbsent(row.get(PARTNERS.PROGRAM_ID), k -> new ArrayList<>()).add(row);
        }
        Map<Long, List<TierChange>> history = new HashMap<>();
        dsl.select(TIER_HISTORY.PARTNER_ID, TIER_HISTORY.TIER, TIER_HISTORY.SINCE, TIER_HISTORY.REASON,
                        TIER_HISTORY.CHANGED_BY)
                .from(TIER_HISTORY).join(PARTNERS).on(PARTNERS.ID.eq(TIER_HISTORY.PARTNER_ID))
                .where(partners)
                .orderBy(TIER_HISTORY.PARTNER_ID, TIER_HISTORY.SINCE, TIER_HISTORY.ID)
                .forEach(r -> history.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new TierChange(r.value2(), r.value3(), r.value4(), r.value5())));
        ProgramAmounts amounts = null;
        Map<Long, FactsSummary> summaries = new LinkedHashMap<>();
        for (Map.Entry<String, List<Record>> group : byProgram.entrySet()) {
            Optional<Program> found = workspace.programs().find(group.getKey());
            if (found.isEmpty()) {
                continue;
            }
            Program program = found.get();
            Map<Long, LocalDate> joined = new LinkedHashMap<>();
            Map<Long, TierPeriods> periods = new LinkedHashMap<>();
            for (Record row : group.getValue()) {
                long id = row.get(PARTNERS.ID);
                PartnerProfile profile = new PartnerProfile(row.get(PARTNERS.NAME), row.get(PARTNERS.JOINED),
                        row.get(PARTNERS.HELD_TIER));
                joined.put(id, profile.joined());
                periods.put(id, TierPeriods.of(program, profile, history.getOrDefault(id, List.of()), asOf));
            }
            SummaryScope scope = new SummaryScope(program, asOf, joined, periods,
                    partners.and(PARTNERS.PROGRAM_ID.eq(program.id())));
            List<Measure> needed = List.copyOf(Measures.needed(program));
            Map<Long, Map<Measure, BigDecimal>> values = new HashMap<>();
            for (Long id : joined.keySet()) {
                Map<Measure, BigDecimal> zeros = new HashMap<>();
                needed.forEach(m -> zeros.put(m, BigDecimal.ZERO));
                values.put(id, zeros);
            }
            salesMeasures(dsl, scope, needed, values);
            activityMeasures(dsl, scope, needed, values);
            staffMeasures(dsl, scope, needed, values);
            checklistMeasures(dsl, scope, needed, values);
            if (needed.contains(new Measure.PlanAgreed()) || needed.contains(new Measure.PlanAmount())) {
                if (amounts == null) {
                    amounts = ProgramAmounts.load(dsl);
                }
                planMeasures(dsl, scope, needed, values, amounts);
            }
            if (needed.contains(new Measure.PointsBalance())) {
                for (Map.Entry<Long, TierPeriods> entry : periods.entrySet()) {
                    values.get(entry.getKey()).merge(new Measure.PointsBalance(),
                            BigDecimal.valueOf(entry.getValue().resetFloor()), BigDecimal::add);
                }
            }
            for (Long id : joined.keySet()) {
                TierPeriods p = periods.get(id);
                summaries.put(id, new FactsSummary(asOf, joined.get(id), p.held().tier(), p.held().since(),
                        values.get(id)));
            }
        }
        return summaries;
    }

    /**
     * Sales in each window (money and licenses): the months a window covers whole from {@code sales_months}, the
     * months it cuts from the sales of those months only ({@link WindowMonths}, {@link CutSales}); then the points
     * sales earn and lose ({@link PointsOfSales}).
     */
    private static void salesMeasures(DSLContext dsl, SummaryScope scope, List<Measure> needed,
                                      Map<Long, Map<Measure, BigDecimal>> values) {
        LocalDate asOf = scope.asOf();
        List<Measure> measured = new ArrayList<>();
        List<SelectField<?>> whole = new ArrayList<>();
        List<SelectField<?>> cut = new ArrayList<>();
        Set<Integer> cutSaleMonths = new TreeSet<>();
        Set<Integer> cutReturnMonths = new TreeSet<>();
        Set<DateRange> leadingDays = new LinkedHashSet<>();
        boolean cutJoinMonths = false;
        int firstMonth = Integer.MAX_VALUE;
        int lastMonth = Integer.MIN_VALUE;
        whole.add(SALES_MONTHS.PARTNER_ID);
        cut.add(SALES.PARTNER_ID);
        Field<BigDecimal> monthAmount = SALES_MONTHS.AMOUNT_PROGRAM.coerce(BigDecimal.class);
        Field<BigDecimal> monthLicenses = SALES_MONTHS.LICENSES.coerce(BigDecimal.class);
        Field<BigDecimal> amount = SALES.AMOUNT_PROGRAM.coerce(BigDecimal.class);
        Field<BigDecimal> licenses = SALES.LICENSES.coerce(BigDecimal.class);
        for (Measure measure : needed) {
            Window window;
            String category;
            boolean money;
            switch (measure) {
                case Measure.SalesAmount m -> {
                    window = m.window();
                    category = m.category();
                    money = true;
                }
                case Measure.Licenses m -> {
                    window = m.window();
                    category = m.category();
                    money = false;
                }
                default -> {
                    continue;
                }
            }
            WindowMonths months = WindowMonths.of(window, asOf);
            if (months.empty()) {
                continue;
            }
            measured.add(measure);
            firstMonth = Math.min(firstMonth, months.fromMonth());
            lastMonth = Math.max(lastMonth, months.toMonth());
            Condition monthCategory = category == null ? DSL.trueCondition() : SALES_MONTHS.CATEGORY.eq(category);
            whole.add(DSL.sum(DSL.when(months.countsWhole(SALES_MONTHS.SALE_MONTH, SALES_MONTHS.RETURNED_MONTH)
                    .and(monthCategory), money ? monthAmount : monthLicenses)));
            Field<BigDecimal> value = money ? amount : licenses;
            cut.add(DSL.sum(DSL.when(months.countsCut().and(category(category)), value)
                    .when(months.countsLeading().and(category(category)), value.neg())));
            months.leadingDays().ifPresent(leadingDays::add);
            cutSaleMonths.addAll(months.cutSaleMonths());
            cutReturnMonths.addAll(months.cutReturnMonths());
            cutJoinMonths |= months.cutsJoinMonths();
        }
        if (!measured.isEmpty()) {
            // each partner's rows of the windows' months only, found through the (partner, month) index
            Table<?> span = span(scope, firstMonth, lastMonth);
            add(dsl.select(whole).from(span).join(SALES_MONTHS)
                    .on(SALES_MONTHS.PARTNER_ID.eq(span.field("partner_id", Long.class))
                            .and(SALES_MONTHS.SALE_MONTH.between(span.field("first_month", Integer.class),
                                    span.field("last_month", Integer.class))))
                    .join(PARTNERS).on(PARTNERS.ID.eq(SALES_MONTHS.PARTNER_ID))
                    .where(scope.partners())
                    .groupBy(SALES_MONTHS.PARTNER_ID).fetch(), SALES_MONTHS.PARTNER_ID, measured, values);
        }
        if (!measured.isEmpty()) {
            for (CutSales part : CutSales.of(scope, cutSaleMonths, cutReturnMonths, leadingDays, cutJoinMonths)) {
                add(dsl.select(cut).from(part.days()).join(SALES).on(part.matches())
                        .join(PARTNERS).on(PARTNERS.ID.eq(SALES.PARTNER_ID))
                        .where(scope.partners()).and(SALES.SALE_DATE.le(asOf)).and(part.also())
                        .groupBy(SALES.PARTNER_ID).fetch(), SALES.PARTNER_ID, measured, values);
            }
        }
        pointsOfSales(dsl, scope, needed, values);
    }

    /** A table of (partner_id, first_month, last_month): every partner of the scope with the same months. */
    @SuppressWarnings("unchecked")
    private static Table<?> span(SummaryScope scope, int firstMonth, int lastMonth) {
        List<Row3<Long, Integer, Integer>> rows = new ArrayList<>();
        for (Long id : scope.joined().keySet()) {
            rows.add(DSL.row(DSL.inline(id), DSL.inline(firstMonth), DSL.inline(lastMonth)));
        }
        return DSL.values(rows.toArray(Row3[]::new)).as("span", "partner_id", "first_month", "last_month");
    }

    private static void add(List<? extends Record> rows, Field<Long> partnerId, List<Measure> measured,
                            Map<Long, Map<Measure, BigDecimal>> values) {
        for (Record row : rows) {
            Map<Measure, BigDecimal> partner = values.get(row.get(partnerId));
            if (partner == null) {
                continue;
            }
            int i = 1;
            for (Measure measure : measured) {
                partner.merge(measure, orZero(row.get(i++, BigDecimal.class)), BigDecimal::add);
            }
        }
    }

    /** The points sales earn and lose (see {@link PointsOfSales}), by the rules the monthly rows now follow. */
    private static void pointsOfSales(DSLContext dsl, SummaryScope scope, List<Measure> needed,
                                      Map<Long, Map<Measure, BigDecimal>> values) {
        if (!needed.contains(new Measure.PointsBalance()) || scope.program().pointsRules() == null) {
            return;
        }
        SalesByMonth.settlePoints(dsl, scope.program());
        for (Map.Entry<Long, BigDecimal> points : new PointsOfSales(scope).of(dsl).entrySet()) {
            Map<Measure, BigDecimal> partner = values.get(points.getKey());
            if (partner != null) {
                partner.merge(new Measure.PointsBalance(), points.getValue(), BigDecimal::add);
            }
        }
    }

    /** Activity counts per window and per completed quarter, and activity points, in one pass over activities. */
    private static void activityMeasures(DSLContext dsl, SummaryScope scope, List<Measure> needed,
                                         Map<Long, Map<Measure, BigDecimal>> values) {
        LocalDate asOf = scope.asOf();
        List<Measure> measured = new ArrayList<>();
        List<SelectField<?>> columns = new ArrayList<>();
        columns.add(ACTIVITIES.PARTNER_ID);
        Map<String, Quarter> quarterColumns = new LinkedHashMap<>();
        for (Measure measure : needed) {
            switch (measure) {
                case Measure.ActivityCount m -> {
                    measured.add(m);
                    Condition c = ACTIVITIES.ACTIVITY_TYPE.eq(m.type())
                            .and(WindowSql.contains(m.window(), asOf, ACTIVITIES.ACTIVITY_DATE));
                    if (m.approvedOnly()) {
                        c = c.and(ACTIVITIES.APPROVED.isTrue());
                    }
                    columns.add(DSL.count().filterWhere(c));
                }
                case Measure.ActivityQuarters m -> {
                    for (Quarter q : Windows.lastCompletedQuarters(m.quarters(), asOf)) {
                        quarterColumns.put(m.type() + "/" + q.label(), q);
                    }
                }
                case Measure.ActivityInQuarter m -> {
                    List<Quarter> quarters = Windows.lastCompletedQuarters(m.quartersBack(), asOf);
                    if (!quarters.isEmpty()) {
                        quarterColumns.put(m.type() + "/" + quarters.get(0).label(), quarters.get(0));
                    }
                }
                default -> {
                }
            }
        }
        List<String> quarterKeys = new ArrayList<>(quarterColumns.keySet());
        for (String key : quarterKeys) {
            Quarter q = quarterColumns.get(key);
            String type = key.substring(0, key.lastIndexOf('/'));
            columns.add(DSL.count().filterWhere(ACTIVITIES.ACTIVITY_TYPE.eq(type)
                    .and(ACTIVITIES.ACTIVITY_DATE.between(q.start(), q.end()))
                    .and(ACTIVITIES.ACTIVITY_DATE.ge(PARTNERS.JOINED))));
        }
        Field<BigDecimal> points = needed.contains(new Measure.PointsBalance()) ? activityPoints(scope) : null;
        if (points != null) {
            columns.add(DSL.sum(points));
        }
        if (columns.size() == 1) {
            return;
        }
        for (Record row : dsl.select(columns).from(ACTIVITIES).join(PARTNERS)
                .on(PARTNERS.ID.eq(ACTIVITIES.PARTNER_ID))
                .where(scope.partners()).and(ACTIVITIES.ACTIVITY_DATE.le(asOf))
                .groupBy(ACTIVITIES.PARTNER_ID).fetch()) {
            Map<Measure, BigDecimal> partner = values.get(row.get(ACTIVITIES.PARTNER_ID));
            if (partner == null) {
                continue;
            }
            int i = 1;
            for (Measure measure : measured) {
                partner.put(measure, orZero(row.get(i++, BigDecimal.class)));
            }
            Map<String, Boolean> quarterHeld = new HashMap<>();
            for (String key : quarterKeys) {
                quarterHeld.put(key, row.get(i++, Integer.class) > 0);
            }
            for (Measure measure : needed) {
                if (measure instanceof Measure.ActivityQuarters m) {
                    long held = Windows.lastCompletedQuarters(m.quarters(), asOf).stream()
                            .filter(q -> quarterHeld.get(m.type() + "/" + q.label())).count();
                    partner.put(m, BigDecimal.valueOf(held));
                } else if (measure instanceof Measure.ActivityInQuarter m) {
                    List<Quarter> quarters = Windows.lastCompletedQuarters(m.quartersBack(), asOf);
                    boolean held = !quarters.isEmpty() && quarterHeld.get(m.type() + "/" + quarters.get(0).label());
                    partner.put(m, held ? BigDecimal.ONE : BigDecimal.ZERO);
                }
            }
            if (points != null) {
                partner.merge(new Measure.PointsBalance(), orZero(row.get(i, BigDecimal.class)), BigDecimal::add);
            }
        }
    }

    /** What an activity row earns, counted from the join date or the last reset up to the as-of date. */
    private static Field<BigDecimal> activityPoints(SummaryScope scope) {
        var earning = DSL.choose(ACTIVITIES.ACTIVITY_TYPE);
        org.jooq.CaseWhenStep<String, BigDecimal> cases = null;
        for (ActivityType type : scope.program().activityTypes()) {
            if (type.points() == 0) {
                continue;
            }
            Field<BigDecimal> value = DSL.inline(BigDecimal.valueOf(type.points()));
            if (type.approvalRequired()) {
                value = DSL.when(ACTIVITIES.APPROVED.isTrue(), value).otherwise(BigDecimal.ZERO);
            }
            cases = cases == null ? earning.when(DSL.inline(type.id()), value)
                    : cases.when(DSL.inline(type.id()), value);
        }
        if (cases == null) {
            return null;
        }
        Field<BigDecimal> points = cases.otherwise(BigDecimal.ZERO);
        return DSL.when(scope.pointsFrom(ACTIVITIES.PARTNER_ID, ACTIVITIES.ACTIVITY_DATE), points);
    }

    /** Staff holding each certification valid on the as-of date, and staff in each role. */
    private static void staffMeasures(DSLContext dsl, SummaryScope scope, List<Measure> needed,
                                      Map<Long, Map<Measure, BigDecimal>> values) {
        LocalDate asOf = scope.asOf();
        List<Measure> certified = new ArrayList<>();
        List<SelectField<?>> certColumns = new ArrayList<>();
        certColumns.add(STAFF.PARTNER_ID);
        List<Measure> roles = new ArrayList<>();
        List<SelectField<?>> roleColumns = new ArrayList<>();
        roleColumns.add(STAFF.PARTNER_ID);
        for (Measure measure : needed) {
            if (measure instanceof Measure.CertifiedStaff m) {
                certified.add(m);
                certColumns.add(DSL.countDistinct(DSL.when(CERTIFICATIONS.CERTIFICATION_ID.eq(m.certification())
                        .and(CERTIFICATIONS.EARNED.le(asOf))
                        .and(CERTIFICATIONS.EXPIRES.isNull().or(CERTIFICATIONS.EXPIRES.gt(asOf))), STAFF.ID)));
            } else if (measure instanceof Measure.StaffInRole m) {
                roles.add(m);
                roleColumns.add(DSL.countDistinct(DSL.when(STAFF_ROLES.ROLE.eq(m.role()), STAFF.ID)));
            }
        }
        if (!certified.isEmpty()) {
            for (Record row : dsl.select(certColumns).from(STAFF)
                    .join(CERTIFICATIONS).on(CERTIFICATIONS.STAFF_ID.eq(STAFF.ID))
                    .join(PARTNERS).on(PARTNERS.ID.eq(STAFF.PARTNER_ID))
                    .where(scope.partners()).groupBy(STAFF.PARTNER_ID).fetch()) {
                put(values, row, STAFF.PARTNER_ID, certified);
            }
        }
        if (!roles.isEmpty()) {
            for (Record row : dsl.select(roleColumns).from(STAFF)
                    .join(STAFF_ROLES).on(STAFF_ROLES.STAFF_ID.eq(STAFF.ID))
                    .join(PARTNERS).on(PARTNERS.ID.eq(STAFF.PARTNER_ID))
                    .where(scope.partners()).groupBy(STAFF.PARTNER_ID).fetch()) {
                put(values, row, STAFF.PARTNER_ID, roles);
            }
        }
    }

    /** Checklist items done on the as-of date (1) or not (0). */
    private static void checklistMeasures(DSLContext dsl, SummaryScope scope, List<Measure> needed,
                                          Map<Long, Map<Measure, BigDecimal>> values) {
        LocalDate asOf = scope.asOf();
        List<Measure> items = new ArrayList<>();
        List<SelectField<?>> columns = new ArrayList<>();
        columns.add(CHECKLIST_ITEMS.PARTNER_ID);
        for (Measure measure : needed) {
            if (measure instanceof Measure.ChecklistDone m) {
                items.add(m);
                columns.add(DSL.count().filterWhere(CHECKLIST_ITEMS.ITEM.eq(m.item())
                        .and(CHECKLIST_ITEMS.DONE.isTrue())
                        .and(CHECKLIST_ITEMS.SINCE.isNull().or(CHECKLIST_ITEMS.SINCE.le(asOf)))));
            }
        }
        if (items.isEmpty()) {
            return;
        }
        for (Record row : dsl.select(columns).from(CHECKLIST_ITEMS).join(PARTNERS)
                .on(PARTNERS.ID.eq(CHECKLIST_ITEMS.PARTNER_ID))
                .where(scope.partners()).groupBy(CHECKLIST_ITEMS.PARTNER_ID).fetch()) {
            put(values, row, CHECKLIST_ITEMS.PARTNER_ID, items);
        }
    }

    /** The as-of year's plan: agreed (1/0) and its amount at the rate in force on 1 January. */
    private static void planMeasures(DSLContext dsl, SummaryScope scope, List<Measure> needed,
                                     Map<Long, Map<Measure, BigDecimal>> values, ProgramAmounts amounts) {
        int year = scope.asOf().getYear();
        for (Record row : dsl.select(SALES_PLANS.PARTNER_ID, SALES_PLANS.AMOUNT, SALES_PLANS.CURRENCY)
                .from(SALES_PLANS).join(PARTNERS).on(PARTNERS.ID.eq(SALES_PLANS.PARTNER_ID))
                .where(scope.partners()).and(SALES_PLANS.PLAN_YEAR.eq(year)).fetch()) {
            Map<Measure, BigDecimal> partner = values.get(row.get(SALES_PLANS.PARTNER_ID));
            if (partner == null) {
                continue;
            }
            if (needed.contains(new Measure.PlanAgreed())) {
                partner.put(new Measure.PlanAgreed(), BigDecimal.ONE);
            }
            if (needed.contains(new Measure.PlanAmount())) {
                partner.put(new Measure.PlanAmount(), amounts.convert(
                        new Money(row.get(SALES_PLANS.AMOUNT), row.get(SALES_PLANS.CURRENCY)),
                        scope.program().currency(), LocalDate.of(year, 1, 1)));
            }
        }
    }

    private static void put(Map<Long, Map<Measure, BigDecimal>> values, Record row, Field<Long> partnerId,
                            List<Measure> measured) {
        Map<Measure, BigDecimal> partner = values.get(row.get(partnerId));
        if (partner == null) {
            return;
        }
        int i = 1;
        for (Measure measure : measured) {
            partner.put(measure, orZero(row.get(i++, BigDecimal.class)));
        }
    }

    private static Condition category(String category) {
        return category == null ? DSL.trueCondition() : SALES.CATEGORY.eq(category);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
