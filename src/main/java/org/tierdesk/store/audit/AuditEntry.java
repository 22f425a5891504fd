package org.tierdesk.store.audit;

import java.time.LocalDateTime;

/**
 * One line of a partner's history: {@code who} changed {@code field} of a row of {@code table} from
 * {@code oldValue} to {@code newValue} at {@code when}. For a whole row added or removed, {@code field} is null and
 * the values list the row's fields.
 */
public record AuditEntry(long id, LocalDateTime when, String who, String table, String rowKey, String action,
                         String field, String oldValue, String newValue) {
}
