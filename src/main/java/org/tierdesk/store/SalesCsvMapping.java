package org.tierdesk.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of a sales CSV file fills which field of a sale: guessed from the header, changeable by the manager.
 * A field may be left unmapped (its default applies); a column may fill one field only.
 */
public final class SalesCsvMapping {
    private final Map<SalesColumn, Integer> columns;

    private SalesCsvMapping(Map<SalesColumn, Integer> columns) {
        this.columns = Collections.unmodifiableMap(new EnumMap<>(columns));
    }

    public static SalesCsvMapping none() {
        return new SalesCsvMapping(new EnumMap<>(SalesColumn.class));
    }

    /** Each field gets the first header cell that names it (English or Russian words). */
    public static SalesCsvMapping guess(List<String> header) {
        Map<SalesColumn, Integer> found = new EnumMap<>(SalesColumn.class);
        for (SalesColumn column : SalesColumn.values()) {
            for (int i = 0; i < header.size(); i++) {
                if (!found.containsValue(i) && column.recognises(header.get(i))) {
                    found.put(column, i);
                    break;
                }
            }
        }
        return new SalesCsvMapping(found);
    }

    /** The same mapping with {@code column} read from file column {@code index} (null: not read). */
    public SalesCsvMapping with(SalesColumn column, Integer index) {
        Map<SalesColumn, Integer> changed = new EnumMap<>(SalesColumn.class);
        changed.putAll(columns);
        if (index == null) {
            changed.remove(column);
        } else {
            changed.put(column, index);
        }
        return new SalesCsvMapping(changed);
    }

    public Optional<Integer> indexOf(SalesColumn column) {
        return Optional.ofNullable(columns.get(column));
    }

    /** Problems of the mapping itself: a required field unmapped, one file column used twice. */
    List<Problem> problems(List<String> header) {
        List<Problem> problems = new ArrayList<>();
        for (SalesColumn column : SalesColumn.values()) {
            if (column.required() && !columns.containsKey(column)) {
                problems.add(Problem.of(column.header(), "csv.column.unmapped", column.header()));
            }
        }
        for (SalesColumn column : SalesColumn.values()) {
            Integer index = columns.get(column);
            if (index == null) {
                continue;
            }
            if (index < 0 || index >= header.size()) {
                problems.add(Problem.of(column.header(), "csv.column.outside", column.header(), index + 1));
                continue;
            }
            for (SalesColumn other : SalesColumn.values()) {
                if (other.ordinal() < column.ordinal() && index.equals(columns.get(other))) {
                    problems.add(Problem.of(column.header(), "csv.column.twice", header.get(index),
                            other.header(), column.header()));
                }
            }
        }
        return List.copyOf(problems);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SalesCsvMapping mapping && mapping.columns.equals(columns);
    }

    @Override
    public int hashCode() {
        return columns.hashCode();
    }

    @Override
    public String toString() {
        return columns.toString();
    }
}
