package org.tierdesk.store.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jooq.Field;
import org.jooq.Table;

import org.tierdesk.store.jooq.DefaultSchema;

/**
 * The fields of a whole row added or removed, read back from the text the trigger wrote for it
 * ({@code name=Acme, joined=2025-03-01}). A value may itself hold ", x=": only the table's own column names
 * start a field, so such a value stays whole unless it repeats one of them.
 */
public final class AuditedRow {
    private static final Pattern FIELD_START = Pattern.compile("(?:^|, )([a-z_]+)=");

    private AuditedRow() {
    }

    /** Column (lower case) → value, in the order the trigger wrote them; empty for a null or empty text. */
    public static Map<String, String> fields(String table, String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return fields;
        }
        Set<String> columns = columnsOf(table);
        List<int[]> starts = new ArrayList<>();
        Matcher m = FIELD_START.matcher(text);
        while (m.find()) {
            if (columns.contains(m.group(1))) {
                starts.add(new int[] {m.start(), m.end(), m.start(1), m.end(1)});
            }
        }
        if (starts.isEmpty() || starts.get(0)[0] != 0) {
            fields.put("", text);
            return fields;
        }
        for (int i = 0; i < starts.size(); i++) {
            int[] start = starts.get(i);
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            fields.put(text.substring(start[2], start[3]), text.substring(start[1], end));
        }
        return fields;
    }

    private static Set<String> columnsOf(String table) {
        for (Table<?> candidate : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            if (candidate.getName().equalsIgnoreCase(table)) {
                return java.util.Arrays.stream(candidate.fields()).map(Field::getName)
                        .map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
            }
        }
        return Set.of();
    }
}
