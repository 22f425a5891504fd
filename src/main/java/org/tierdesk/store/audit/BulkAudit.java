package org.tierdesk.store.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;

/**
 * The audit trail of many rows added at once (a CSV import of 100,000 sales): while the rows go in, the trigger of
 * this thread stands aside ({@link #paused}), and then one entry records the import (who, when, how many, which
 * ids, which days), in the same transaction: a rolled-back import leaves no trail, as with the trigger. The rows'
 * values are the imported rows themselves, and every later edit or removal of one is recorded by the trigger with
 * its old values, so nothing of the history is lost; the History tab shows one line for the import instead of
 * burying everything else under 100,000.
 */
public final class BulkAudit {
    private static final ThreadLocal<Boolean> PAUSED = ThreadLocal.withInitial(() -> false);

    private BulkAudit() {
    }

    /** Whether the trigger is to let this thread's rows pass unrecorded (they are recorded by {@link #added}). */
    static boolean paused() {
        return PAUSED.get();
    }

    /** Writes to the database through one connection. */
    @FunctionalInterface
    public interface Writes {
        void run() throws SQLException;
    }

    /** Runs {@code writes} with the trigger paused for this thread; the caller then calls {@link #added}. */
    public static void paused(Writes writes) throws SQLException {
        boolean before = PAUSED.get();
        PAUSED.set(true);
        try {
            writes.run();
        } finally {
            PAUSED.set(before);
        }
    }

    /**
     * Writes the one "import" entry of the rows of {@code table} (a partner-owned fact table with dated rows) whose
     * id is above {@code afterId} and that belong to {@code partnerId}, the rows just added while the trigger was
     * paused: how many, the first and last id, the first and last day. Nothing when no row was added.
     */
    public static int added(Connection connection, String table, long partnerId, long afterId) throws SQLException {
        AuditedTable audited = AuditedTable.of(table);
        String sql = "insert into audit_log (changed_at, changed_by, partner_id, table_name, row_key, action, field, "
                + "old_value, new_value) select ?, ?, ?, ?, min(\"ID\") || '-' || max(\"ID\"), 'import', null, null, "
                + "'count=' || count(*) || ', first_id=' || min(\"ID\") || ', last_id=' || max(\"ID\") || "
                + "', first_day=' || min(" + audited.dayColumn() + ") || ', last_day=' || max(" + audited.dayColumn()
                + ") from " + audited.tableName() + " where \"" + audited.partnerColumn() + "\" = ? and \"ID\" > ? "
                + "having count(*) > 0";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now()));
            insert.setString(2, AuditUser.name());
            insert.setLong(3, partnerId);
            insert.setString(4, audited.tableName());
            insert.setLong(5, partnerId);
            insert.setLong(6, afterId);
            return insert.executeUpdate();
        }
    }
}
