package org.tierdesk.ui.partner;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;

import org.tierdesk.program.CatalogItem;
import org.tierdesk.program.Program;
import org.tierdesk.store.audit.AuditEntry;
import org.tierdesk.store.audit.AuditedRow;
import org.tierdesk.ui.Formats;
import org.tierdesk.ui.Messages;

/**
 * Turns the audit trail's entries into the History tab's lines: which fact (a sale, a contact...), added, changed
 * or removed, and per field its name and the old → new value in the manager's language (dates and numbers
 * formatted, yes/no, the program's labels of tiers, categories, certifications, roles and checklist items instead
 * of their ids).
 */
final class FactChanges {
    /** Keys that say nothing to a manager: the row's own id and the ids that tie it to the partner. */
    private static final Set<String> HIDDEN = Set.of("id", "partner_id", "staff_id", "recorded_at");

    /** Amounts of money: shown with cents, as the fact tables show them. */
    private static final Set<String> MONEY = Set.of("amount", "cost");

    private final Messages messages;
    private final Formats formats;
    private final Program program;

    FactChanges(Messages messages, Program program) {
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.program = program;
    }

    List<FactChange> of(List<AuditEntry> entries) {
        List<FactChange> lines = new ArrayList<>(entries.size());
        for (AuditEntry entry : entries) {
            lines.add(line(entry));
        }
        return List.copyOf(lines);
    }

    FactChange line(AuditEntry entry) {
        if ("import".equals(entry.action())) {
            return imported(entry);
        }
        String fact = messages.has("audit.table." + entry.table()) ? messages.get("audit.table." + entry.table())
                : entry.table();
        String what = messages.format("audit.action." + entry.action(), fact);
        if ("update".equals(entry.action()) && "checklist_items".equals(entry.table()) && entry.rowKey() != null) {
            // the item is in the row's key, not among the changed fields: name it
            String item = entry.rowKey().substring(entry.rowKey().indexOf('/') + 1);
            what = what + " \u00b7 " + catalogLabel(program.checklistItems(), item).orElse(item);
        }
        String details = switch (entry.action()) {
            case "update" -> messages.format("audit.changed", fieldLabel(entry.field()),
                    value(entry.field(), entry.oldValue()), value(entry.field(), entry.newValue()));
            case "insert" -> fields(entry.table(), entry.newValue());
            default -> fields(entry.table(), entry.oldValue());
        };
        return new FactChange(formats.dateTime(entry.when()), entry.who(), what, details);
    }

    /** Rows added many at once: one line naming how many and the days they span (see BulkAudit). */
    private FactChange imported(AuditEntry entry) {
        Map<String, String> figures = new HashMap<>();
        for (String part : entry.newValue() == null ? new String[0] : entry.newValue().split(", ")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                figures.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        String key = "audit.import." + entry.table();
        String what = messages.has(key) ? messages.get(key) : entry.table();
        String details;
        try {
            details = messages.format("audit.import.details",
                    formats.integer(Long.parseLong(figures.getOrDefault("count", "0"))),
                    formats.date(LocalDate.parse(figures.get("first_day"))),
                    formats.date(LocalDate.parse(figures.get("last_day"))));
        } catch (RuntimeException unreadable) {
            details = entry.newValue() == null ? "" : entry.newValue();
        }
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
                    : messages.format("audit.field", fieldLabel(field.getKey()),
                            value(field.getKey(), field.getValue())));
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
        Optional<String> label = label(column == null ? "" : column, stored);
        if (label.isPresent()) {
            return label.get();
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

    /** The program's label for an id it defines (a tier, a category, a checklist item...), if the column holds one. */
    private Optional<String> label(String column, String id) {
        Locale locale = messages.locale();
        return switch (column) {
            case "tier", "held_tier" -> program.tier(id).map(t -> t.label().in(locale));
            case "category" -> program.rewardCategories().stream().filter(c -> c.id().equals(id)).findFirst()
                    .map(c -> c.label().in(locale));
            case "activity_type" -> program.activityType(id).map(t -> t.label().in(locale));
            case "certification_id" -> catalogLabel(program.certifications(), id);
            case "role" -> catalogLabel(program.roles(), id);
            case "item" -> catalogLabel(program.checklistItems(), id);
            case "program_id" -> program.id().equals(id) ? Optional.of(program.name().in(locale)) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private Optional<String> catalogLabel(List<CatalogItem> items, String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst().map(i -> i.label().in(messages.locale()));
    }
}
