package org.tierdesk.store;

import java.util.List;

import static org.tierdesk.store.jooq.Tables.SAVED_PLANS;

/** What-if plans the simulator saved for a partner (the store keeps their text; the simulator reads it). */
public final class SavedPlans {
    private final Workspace workspace;

    SavedPlans(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Newest first. */
    public List<SavedPlan> of(long partnerId) {
        return workspace.database().dsl().selectFrom(SAVED_PLANS).where(SAVED_PLANS.PARTNER_ID.eq(partnerId))
                .orderBy(SAVED_PLANS.CREATED_AT.desc(), SAVED_PLANS.ID.desc())
                .fetch(r -> new SavedPlan(r.getId(), r.getName(), r.getCreatedAt(), r.getBody()));
    }

    /** Saves a new plan; its creation time is now. */
    public long save(long partnerId, String name, String body) {
        Workspace.refuseIf(FactValidation.savedPlan(new SavedPlan(0, name, null, body)));
        return workspace.database().inTransactionResult(cfg -> cfg.dsl().insertInto(SAVED_PLANS)
                .set(SAVED_PLANS.PARTNER_ID, partnerId)
                .set(SAVED_PLANS.NAME, name.trim())
                .set(SAVED_PLANS.CREATED_AT, workspace.now())
                .set(SAVED_PLANS.BODY, body)
                .returning(SAVED_PLANS.ID).fetchOne(SAVED_PLANS.ID));
    }

    public boolean delete(long planId) {
        return workspace.database().inTransactionResult(cfg ->
                cfg.dsl().deleteFrom(SAVED_PLANS).where(SAVED_PLANS.ID.eq(planId)).execute() > 0);
    }
}
