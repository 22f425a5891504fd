package org.tierdesk.store;

import org.jooq.DSLContext;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.facts.PartnerProfile;

import java.util.NoSuchElementException;

import static org.tierdesk.store.jooq.Tables.PARTNERS;

/**
 * One partner's raw facts, as the engine takes them: for the simulator, the points ledger and scenario export.
 * Read in one transaction so the parts agree. The rates are all the manager's rates.
 */
public final class PartnerFactsQuery {
    private final Workspace workspace;

    PartnerFactsQuery(Workspace workspace) {
        this.workspace = workspace;
    }

    public PartnerFacts of(long partnerId) {
        return workspace.database().inTransactionResult(cfg -> of(cfg.dsl(), partnerId));
    }

    static PartnerFacts of(DSLContext dsl, long partnerId) {
        PartnerProfile profile = dsl.select(PARTNERS.NAME, PARTNERS.JOINED, PARTNERS.HELD_TIER).from(PARTNERS)
                .where(PARTNERS.ID.eq(partnerId))
                .fetchOptional(r -> new PartnerProfile(r.value1(), r.value2(), r.value3()))
                .orElseThrow(() -> new NoSuchElementException("no partner with id " + partnerId));
        return new PartnerFacts(profile, TierHistory.changes(dsl, partnerId), StaffRoster.of(dsl, partnerId),
                Sales.of(dsl, partnerId), Activities.of(dsl, partnerId), Checklist.of(dsl, partnerId),
                SalesPlans.of(dsl, partnerId), ProgramAmounts.rates(dsl));
    }
}
