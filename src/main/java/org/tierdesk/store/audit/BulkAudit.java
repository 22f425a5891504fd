package org.tierdesk.store.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The audit trail of many rows added at once (a CSV import of 100,000 sales): while the rows go in, the trigger of
 * this thread stands aside ({@link #paused}), and then one INSERT ... SELECT writes every added row's entry, with
 * the very text the trigger would have written (the row's fields as {@code field=value}, the derived ones left
 * out), in the same transaction. A rolled-back import so leaves no trail, as with the trigger.
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
     * Writes the "insert" entries of the rows of {@code table} (a partner-owned fact table) whose id is above
     * {@code afterId} and that belong to {@code partnerId}: the rows just added while the trigger was paused.
     */
    public static int added(Connection connection, String table, long partnerId, long afterId) throws SQLException {
        AuditedTable audited = AuditedTable.of(table);
        List<String> values = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getColumns(null, null, table.toUpperCase(Locale.ROOT), null)) {
            while (rs.next()) {
                String column = rs.getString("COLUMN_NAME");
                if (!AuditTrigger.DERIVED.contains(column)) {
                    // 'field=' || NULL is NULL, which CONCAT_WS leaves out, as the trigger leaves out null fields
                    values.add("'" + column.toLowerCase(Locale.ROOT) + "=' || cast(\"" + column + "\" as varchar)");
                }
            }
        }
        String sql = "insert into audit_log (changed_at, changed_by, partner_id, table_name, row_key, action, field, "
                + "old_value, new_value) select ?, ?, ?, ?, cast(" + audited.keyExpression() + " as varchar(200)), "
                + "'insert', null, null, left(concat_ws(', ', " + String.join(", ", values) + "), "
                + AuditTrigger.VALUE_LIMIT + ") from " + audited.tableName() + " where \"" + audited.partnerColumn()
                + "\" = ? and \"ID\" > ? order by \"ID\"";
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
