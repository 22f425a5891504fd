package org.tierdesk.ui.partner;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.tierdesk.store.audit.AuditEntry;
import org.tierdesk.store.audit.AuditedRow;
import org.tierdesk.ui.Formats;
import org.tierdesk.ui.Messages;

/**
 * Turns the audit trail's entries into the History tab's lines: which fact (a sale, a contact...), added, changed
 * or removed, and per field its name and the old → new value in the manager's language (dates and numbers
 * formatted, yes/no, tier, category and activity labels instead of ids).
 */
final class FactChanges {
    /** Keys that say nothing to a manager: the row's own id and the ids that tie it to the partner. */
    private static final Set<String> HIDDEN = Set.of("id", "partner_id", "staff_id", "recorded_at");

    /** Amounts of money: shown with cents, as the fact tables show them. */
    private static final Set<String> MONEY = Set.of("amount", "cost");

    private final Messages messages;
    private final Formats formats;
    private final Function<String, String> tierLabel;
    private final Function<String, String> categoryLabel;
    private final Function<String, String> activityLabel;
    private final Function<String, String> certificationLabel;

    FactChanges(Messages messages, Function<String, String> tierLabel, Function<String, String> categoryLabel,
                Function<String, String> activityLabel, Function<String, String> certificationLabel) {
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.tierLabel = tierLabel;
        this.categoryLabel = categoryLabel;
        this.activityLabel = activityLabel;
        this.certificationLabel = certificationLabel;
    }

    List<FactChange> of(List<AuditEntry> entries) {
        List<FactChange> lines = new ArrayList<>(entries.size());
        for (AuditEntry entry : entries) {
            lines.add(line(entry));
        }
        return List.copyOf(lines);
    }

    FactChange line(AuditEntry entry) {
        String fact = messages.has("audit.table." + entry.table()) ? messages.get("audit.table." + entry.table())
                : entry.table();
        String what = messages.format("audit.action." + entry.action(), fact);
        String details = switch (entry.action()) {
            case "update" -> messages.format("audit.changed", fieldLabel(entry.field()),
                    value(entry.field(), entry.oldValue()), value(entry.field(), entry.newValue()));
            case "insert" -> fields(entry.table(), entry.newValue());
            default -> fields(entry.table(), entry.oldValue());
        };
        return new FactChange(formats.dateTime(entry.when()), entry.who(), what, details);
    }

    private String fields(String table, String text) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> field : AuditedRow.fields(table, text).entrySet()) {
            if (HIDDEN.contains(field.getKey())) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append("; ");
            }
            out.append(field.getKey().isEmpty() ? field.getValue()
                    : messages.format("audit.field", fieldLabel(field.getKey()), value(field.getKey(), field.getValue())));
        }
        return out.toString();
    }

    private String fieldLabel(String column) {
        String key = "audit.field." + column;
        return messages.has(key) ? messages.get(key) : column;
    }

    /** A stored value as the manager reads it. */
    String value(String column, String stored) {
        if (stored == null || stored.isEmpty()) {
            return messages.get("audit.empty");
        }
        switch (column == null ? "" : column) {
            case "tier", "held_tier" -> {
                return tierLabel.apply(stored);
            }
            case "category" -> {
                return categoryLabel.apply(stored);
            }
            case "activity_type" -> {
                return activityLabel.apply(stored);
            }
            case "certification_id" -> {
                return certificationLabel.apply(stored);
            }
            default -> {
                // fall through to the value's shape
            }
        }
        if (stored.equals("TRUE") || stored.equals("FALSE") || stored.equals("true") || stored.equals("false")) {
            return messages.get(Boolean.parseBoolean(stored.toLowerCase(java.util.Locale.ROOT))
                    ? "common.yes" : "common.no");
        }
        if (stored.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return formats.date(LocalDate.parse(stored));
            } catch (DateTimeParseException e) {
                return stored;
            }
        }
        if (stored.matches("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?")) {
            try {
                return formats.dateTime(LocalDateTime.parse(stored.replace(' ', 'T')));
            } catch (DateTimeParseException e) {
                return stored;
            }
        }
        if (MONEY.contains(column) && stored.matches("-?\\d+(\\.\\d+)?")) {
            String money = formats.money(new BigDecimal(stored), "");
            return money.substring(0, money.length() - 1);
        }
        if (stored.matches("-?\\d+\\.\\d+")) {
            return formats.number(new BigDecimal(stored));
        }
        return stored;
    }
}
