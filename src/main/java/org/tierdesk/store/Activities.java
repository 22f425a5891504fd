package org.tierdesk.store;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.tierdesk.engine.facts.Activity;
import org.tierdesk.engine.facts.Money;
import org.tierdesk.program.Program;

import java.util.List;

import static org.tierdesk.store.jooq.Tables.ACTIVITIES;

/** A partner's marketing and technical activities (events, case studies, reviews...). */
public final class Activities {
    private final Workspace workspace;

    Activities(Workspace workspace) {
        this.workspace = workspace;
    }

    public List<Problem> check(long partnerId, Activity activity) {
        return FactValidation.activity(workspace.programOf(workspace.database().dsl(), partnerId), activity);
    }

    /** The partner's activities, oldest first. */
    public List<Activity> of(long partnerId) {
        return of(workspace.database().dsl(), partnerId);
    }

    static List<Activity> of(DSLContext dsl, long partnerId) {
        return dsl.selectFrom(ACTIVITIES).where(ACTIVITIES.PARTNER_ID.eq(partnerId))
                .orderBy(ACTIVITIES.ACTIVITY_DATE, ACTIVITIES.ID)
                .fetch(Activities::activity);
    }

    public long add(long partnerId, Activity activity) {
        return workspace.database().inTransactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Workspace.refuseIf(FactValidation.activity(workspace.programOf(tx, partnerId), activity));
            return insert(tx, partnerId, activity);
        });
    }

    static long insert(DSLContext tx, long partnerId, Activity activity) {
        return tx.insertInto(ACTIVITIES)
                .set(ACTIVITIES.PARTNER_ID, partnerId)
                .set(ACTIVITIES.ACTIVITY_TYPE, activity.type())
                .set(ACTIVITIES.ACTIVITY_DATE, activity.date())
                .set(ACTIVITIES.COST, activity.cost() == null ? null : activity.cost().amount())
                .set(ACTIVITIES.COST_CURRENCY, activity.cost() == null ? null : activity.cost().currency())
                .set(ACTIVITIES.APPROVED, activity.approved())
                .set(ACTIVITIES.DESCRIPTION, Partners.blankToNull(activity.description()))
                .returning(ACTIVITIES.ID).fetchOne(ACTIVITIES.ID);
    }

    public void update(Activity activity) {
        workspace.database().inTransaction(cfg -> {
            DSLContext tx = cfg.dsl();
            Long partnerId = tx.select(ACTIVITIES.PARTNER_ID).from(ACTIVITIES)
                    .where(ACTIVITIES.ID.eq(activity.id())).fetchOne(ACTIVITIES.PARTNER_ID);
            if (partnerId == null) {
                Rows.requireOne(0);
            }
            Program program = workspace.programOf(tx, partnerId);
            Workspace.refuseIf(FactValidation.activity(program, activity));
            tx.update(ACTIVITIES)
                    .set(ACTIVITIES.ACTIVITY_TYPE, activity.type())
                    .set(ACTIVITIES.ACTIVITY_DATE, activity.date())
                    .set(ACTIVITIES.COST, activity.cost() == null ? null : activity.cost().amount())
                    .set(ACTIVITIES.COST_CURRENCY, activity.cost() == null ? null : activity.cost().currency())
                    .set(ACTIVITIES.APPROVED, activity.approved())
                    .set(ACTIVITIES.DESCRIPTION, Partners.blankToNull(activity.description()))
                    .where(ACTIVITIES.ID.eq(activity.id())).execute();
        });
    }

    public boolean delete(long activityId) {
        return workspace.database().inTransactionResult(cfg ->
                cfg.dsl().deleteFrom(ACTIVITIES).where(ACTIVITIES.ID.eq(activityId)).execute() > 0);
    }

    private static Activity activity(org.tierdesk.store.jooq.tables.records.ActivitiesRecord r) {
        Money cost = r.getCost() == null || r.getCostCurrency() == null ? null
                : new Money(r.getCost(), r.getCostCurrency());
        return new Activity(r.getId(), r.getActivityDate(), r.getActivityType(), r.getApproved(), cost,
                r.getDescription());
    }
}
