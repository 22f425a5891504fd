package org.tierdesk.store.audit;

import org.tierdesk.store.Database;

import java.util.List;

import static org.tierdesk.store.jooq.Tables.AUDIT_LOG;

/** Reads the trail the audit trigger writes: a partner's history, newest first. */
public final class AuditTrail {
    private final Database database;

    public AuditTrail(Database database) {
        this.database = database;
    }

    /** The newest {@code limit} changes to the partner's facts. */
    public List<AuditEntry> ofPartner(long partnerId, int limit) {
        return database.dsl().selectFrom(AUDIT_LOG).where(AUDIT_LOG.PARTNER_ID.eq(partnerId))
                .orderBy(AUDIT_LOG.ID.desc())
                .limit(limit)
                .fetch(r -> new AuditEntry(r.getId(), r.getChangedAt(), r.getChangedBy(), r.getTableName(),
                        r.getRowKey(), r.getAction(), r.getField(), r.getOldValue(), r.getNewValue()));
    }

    public int countOfPartner(long partnerId) {
        return database.dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.PARTNER_ID.eq(partnerId));
    }
}
