package org.tierdesk.store;

import org.jooq.DSLContext;
import org.tierdesk.engine.facts.Money;
import org.tierdesk.engine.facts.SalesPlan;

import java.util.List;

import static org.tierdesk.store.jooq.Tables.SALES_PLANS;

/** The sales plans agreed with a partner, one per calendar year. */
public final class SalesPlans {
    private final Workspace workspace;

    SalesPlans(Workspace workspace) {
        this.workspace = workspace;
    }

    public List<Problem> check(long partnerId, SalesPlan plan) {
        DSLContext dsl = workspace.database().dsl();
        return FactValidation.plan(workspace.programOf(dsl, partnerId), plan, ProgramAmounts.load(dsl).converter());
    }

    public List<SalesPlan> of(long partnerId) {
        return of(workspace.database().dsl(), partnerId);
    }

    static List<SalesPlan> of(DSLContext dsl, long partnerId) {
        return dsl.selectFrom(SALES_PLANS).where(SALES_PLANS.PARTNER_ID.eq(partnerId))
                .orderBy(SALES_PLANS.PLAN_YEAR)
                .fetch(r -> new SalesPlan(r.getPlanYear(), new Money(r.getAmount(), r.getCurrency())));
    }

    /** Sets the plan of its year (replacing an earlier plan for that year). */
    public void put(long partnerId, SalesPlan plan) {
        workspace.database().inTransaction(cfg -> {
            DSLContext tx = cfg.dsl();
            Workspace.refuseIf(FactValidation.plan(workspace.programOf(tx, partnerId), plan,
                    ProgramAmounts.load(tx).converter()));
            put(tx, partnerId, plan);
        });
    }

    static void put(DSLContext tx, long partnerId, SalesPlan plan) {
        int updated = tx.update(SALES_PLANS)
                .set(SALES_PLANS.AMOUNT, plan.amount().amount())
                .set(SALES_PLANS.CURRENCY, plan.amount().currency())
                .where(SALES_PLANS.PARTNER_ID.eq(partnerId).and(SALES_PLANS.PLAN_YEAR.eq(plan.year())))
                .execute();
        if (updated == 0) {
            tx.insertInto(SALES_PLANS)
                    .set(SALES_PLANS.PARTNER_ID, partnerId)
                    .set(SALES_PLANS.PLAN_YEAR, plan.year())
                    .set(SALES_PLANS.AMOUNT, plan.amount().amount())
                    .set(SALES_PLANS.CURRENCY, plan.amount().currency())
                    .execute();
        }
    }

    public boolean delete(long partnerId, int year) {
        return workspace.database().inTransactionResult(cfg -> cfg.dsl().deleteFrom(SALES_PLANS)
                .where(SALES_PLANS.PARTNER_ID.eq(partnerId).and(SALES_PLANS.PLAN_YEAR.eq(year))).execute() > 0);
    }
}
