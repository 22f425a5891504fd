package org.tierdesk.store.audit;

import org.h2.api.Trigger;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Writes the audit trail of one fact table: called by H2 after each inserted, updated or deleted row, inside the
 * transaction of the change. An update leaves one entry per field that changed; an added or removed row one entry
 * with its fields. Figures the store derives (a sale's amount in the program currency) and timestamps are left out:
 * they change without anyone editing them.
 */
public final class AuditTrigger implements Trigger {
    static final int VALUE_LIMIT = 4000;
    private static final Set<String> DERIVED = Set.of("AMOUNT_PROGRAM", "CREATED_AT", "UPDATED_AT");
    private static final String INSERT = "insert into audit_log (changed_at, changed_by, partner_id, table_name, "
            + "row_key, action, field, old_value, new_value) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private String table;
    private List<String> columns;
    private AuditedTable audited;

    @Override
    public void init(Connection connection, String schema, String trigger, String tableName, boolean before,
                     int type) throws SQLException {
        this.table = tableName.toLowerCase(Locale.ROOT);
        this.audited = AuditedTable.of(table);
        List<String> names = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getColumns(null, schema, tableName, null)) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME"));
            }
        }
        this.columns = List.copyOf(names);
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (BulkAudit.paused()) {
            return; // recorded in one statement once the rows are in (BulkAudit.added)
        }
        Object[] row = newRow != null ? newRow : oldRow;
        Long partner = audited.partnerOf(connection, columns, row);
        String key = audited.keyOf(columns, row);
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            if (oldRow == null) {
                add(insert, partner, key, "insert", null, null, describe(newRow));
            } else if (newRow == null) {
                add(insert, partner, key, "delete", null, describe(oldRow), null);
            } else {
                for (int i = 0; i < columns.size(); i++) {
                    if (!DERIVED.contains(columns.get(i)) && !same(oldRow[i], newRow[i])) {
                        add(insert, partner, key, "update", columns.get(i).toLowerCase(Locale.ROOT),
                                text(oldRow[i]), text(newRow[i]));
                    }
                }
            }
            insert.executeBatch();
        }
    }

    private void add(PreparedStatement insert, Long partner, String key, String action, String field,
                     String oldValue, String newValue) throws SQLException {
        insert.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now()));
        insert.setString(2, AuditUser.name());
        insert.setObject(3, partner);
        insert.setString(4, table);
        insert.setString(5, key);
        insert.setString(6, action);
        insert.setString(7, field);
        insert.setString(8, oldValue);
        insert.setString(9, newValue);
        insert.addBatch();
    }

    private String describe(Object[] row) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            if (row[i] == null || DERIVED.contains(columns.get(i))) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(columns.get(i).toLowerCase(Locale.ROOT)).append('=').append(text(row[i]));
        }
        return limit(text.toString());
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        return limit(value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString());
    }

    private static String limit(String text) {
        return text.length() <= VALUE_LIMIT ? text : text.substring(0, VALUE_LIMIT - 1) + "…";
    }
}
