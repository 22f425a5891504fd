package org.tierdesk.store.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** A table of partner facts the trail covers: how to find the partner and the key of one of its rows. */
enum AuditedTable {
    PARTNERS("ID", "ID"),
    CONTACTS("PARTNER_ID", "ID"),
    STAFF("PARTNER_ID", "ID"),
    STAFF_ROLES(null, "STAFF_ID", "ROLE"),
    CERTIFICATIONS(null, "ID"),
    SALES("PARTNER_ID", "ID"),
    ACTIVITIES("PARTNER_ID", "ID"),
    CHECKLIST_ITEMS("PARTNER_ID", "ITEM"),
    SALES_PLANS("PARTNER_ID", "ID"),
    TIER_HISTORY("PARTNER_ID", "ID"),
    MEETINGS("PARTNER_ID", "ID");

    private static final Map<String, AuditedTable> BY_NAME = java.util.Arrays.stream(values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(t -> t.name().toLowerCase(java.util.Locale.ROOT), t -> t));

    /** The column holding the partner id; null where it is reached through the staff member. */
    private final String partnerColumn;
    private final List<String> keyColumns;

    AuditedTable(String partnerColumn, String... keyColumns) {
        this.partnerColumn = partnerColumn;
        this.keyColumns = List.of(keyColumns);
    }

    static AuditedTable of(String table) {
        AuditedTable audited = BY_NAME.get(table.toLowerCase(java.util.Locale.ROOT));
        if (audited == null) {
            throw new IllegalArgumentException("no audit trail for the table " + table);
        }
        return audited;
    }

    String tableName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The partner the row belongs to. A role or certification points at its staff member; when a whole partner is
     * deleted the staff row may already be gone, and the entry is kept without a partner (the partner's own
     * deletion is in the trail).
     */
    Long partnerOf(Connection connection, List<String> columns, Object[] row) throws SQLException {
        if (partnerColumn != null) {
            return asLong(row[columns.indexOf(partnerColumn)]);
        }
        Object staffId = row[columns.indexOf("STAFF_ID")];
        try (PreparedStatement query = connection.prepareStatement("select partner_id from staff where id = ?")) {
            query.setObject(1, staffId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** The column holding the partner id, for a table that has one. */
    String partnerColumn() {
        if (partnerColumn == null) {
            throw new IllegalStateException(name() + " reaches its partner through the staff member");
        }
        return partnerColumn;
    }

    /** The column with the day of a row of a table whose rows are imported many at once. */
    String dayColumn() {
        if (this != SALES) {
            throw new IllegalStateException(name() + " is not imported many rows at once");
        }
        return "\"SALE_DATE\"";
    }

    String keyOf(List<String> columns, Object[] row) {
        StringBuilder key = new StringBuilder();
        for (String column : keyColumns) {
            if (!key.isEmpty()) {
                key.append('/');
            }
            key.append(row[columns.indexOf(column)]);
        }
        return key.length() <= 200 ? key.toString() : key.substring(0, 200);
    }

    private static Long asLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
