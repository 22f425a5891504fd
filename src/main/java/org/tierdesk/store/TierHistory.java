package org.tierdesk.store;

import org.jooq.DSLContext;
import org.jooq.Record2;
import org.tierdesk.engine.facts.TierChange;
import org.tierdesk.engine.TierTimeline;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.program.Program;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.tierdesk.store.jooq.Tables.PARTNERS;
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

    /**
     * Records a change the manager makes. When a partner's first recorded change moves it down from the tier it
     * held since joining (the partner's initial tier), that tier is recorded first, on the join date: the history
     * then holds the move itself, which is what the engine reads a move down (and a points reset) from.
     */
    public long record(long partnerId, TierChange change) {
        return workspace.database().inTransactionResult(cfg -> record(cfg.dsl(), partnerId, change));
    }

    /** {@link #record(long, TierChange)} inside the caller's transaction; refused changes write nothing. */
    public long record(DSLContext tx, long partnerId, TierChange change) {
        Program program = workspace.programOf(tx, partnerId);
        Workspace.refuseIf(FactValidation.tierChange(program, change));
        if (tx.fetchCount(TIER_HISTORY, TIER_HISTORY.PARTNER_ID.eq(partnerId)) == 0) {
            Record2<String, LocalDate> partner = tx.select(PARTNERS.HELD_TIER, PARTNERS.JOINED).from(PARTNERS)
                    .where(PARTNERS.ID.eq(partnerId)).fetchOne();
            if (partner != null && partner.value1() != null && partner.value2() != null
                    && partner.value2().isBefore(change.since())) {
                TierChange initial = new TierChange(partner.value1(), partner.value2(), null, null);
                PartnerFacts both = new PartnerFacts(null, List.of(initial, change), List.of(), List.of(),
                        List.of(), Map.of(), List.of(), List.of());
                if (!TierTimeline.of(program, both).movesDown().isEmpty()) {
                    insert(tx, partnerId, initial);
                }
            }
        }
        return insert(tx, partnerId, change);
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
