package org.tierdesk.store;

import org.jooq.DSLContext;
import org.tierdesk.engine.facts.TierChange;

import java.util.List;

import static org.tierdesk.store.jooq.Tables.TIER_HISTORY;

/**
 * Every change of a partner's held tier: granted upgrades, confirmed downgrades, the initial status. The engine
 * never writes here; the manager does, with a reason.
 */
public final class TierHistory {
    private final Workspace workspace;

    TierHistory(Workspace workspace) {
        this.workspace = workspace;
    }

    public List<Problem> check(long partnerId, TierChange change) {
        return FactValidation.tierChange(workspace.programOf(workspace.database().dsl(), partnerId), change);
    }

    /** Oldest first; entries of one day in the order they were recorded (the later one wins). */
    public List<TierHistoryEntry> of(long partnerId) {
        return workspace.database().dsl().selectFrom(TIER_HISTORY).where(TIER_HISTORY.PARTNER_ID.eq(partnerId))
                .orderBy(TIER_HISTORY.SINCE, TIER_HISTORY.ID)
                .fetch(r -> new TierHistoryEntry(r.getId(),
                        new TierChange(r.getTier(), r.getSince(), r.getReason(), r.getChangedBy()),
                        r.getRecordedAt()));
    }

    static List<TierChange> changes(DSLContext dsl, long partnerId) {
        return dsl.selectFrom(TIER_HISTORY).where(TIER_HISTORY.PARTNER_ID.eq(partnerId))
                .orderBy(TIER_HISTORY.SINCE, TIER_HISTORY.ID)
                .fetch(r -> new TierChange(r.getTier(), r.getSince(), r.getReason(), r.getChangedBy()));
    }

    public long record(long partnerId, TierChange change) {
        return workspace.database().inTransactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Workspace.refuseIf(FactValidation.tierChange(workspace.programOf(tx, partnerId), change));
            return insert(tx, partnerId, change);
        });
    }

    long insert(DSLContext tx, long partnerId, TierChange change) {
        return tx.insertInto(TIER_HISTORY)
                .set(TIER_HISTORY.PARTNER_ID, partnerId)
                .set(TIER_HISTORY.TIER, change.tier())
                .set(TIER_HISTORY.SINCE, change.since())
                .set(TIER_HISTORY.REASON, Partners.blankToNull(change.reason()))
                .set(TIER_HISTORY.CHANGED_BY, Partners.blankToNull(change.changedBy()))
                .set(TIER_HISTORY.RECORDED_AT, workspace.now())
                .returning(TIER_HISTORY.ID).fetchOne(TIER_HISTORY.ID);
    }

    /** Removes an entry recorded by mistake. */
    public boolean delete(long entryId) {
        return workspace.database().inTransactionResult(cfg ->
                cfg.dsl().deleteFrom(TIER_HISTORY).where(TIER_HISTORY.ID.eq(entryId)).execute() > 0);
    }
}
