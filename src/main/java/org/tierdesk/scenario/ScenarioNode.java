package org.tierdesk.scenario;

import java.util.List;
import java.util.Map;

/**
 * A scenario file as a YAML tree that remembers the line of every key and value, so each mistake can be reported
 * where the manager wrote it. Jackson's own tree forgets locations, hence this small one.
 */
sealed interface ScenarioNode {
    int line();

    /** What a value looks like in the file, for "must be a number" style messages. */
    String describe();

    record Mapping(int line, Map<String, Entry> entries) implements ScenarioNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** One key of a mapping, with the key's own line (where an unknown key is reported). */
    record Entry(String key, int keyLine, ScenarioNode value) {}

    record Sequence(int line, List<ScenarioNode> items) implements ScenarioNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    record Scalar(int line, Kind kind, String text) implements ScenarioNode {
        @Override
        public String describe() {
            return kind == Kind.NULL ? "empty" : "'" + text + "'";
        }

        boolean isNull() {
            return kind == Kind.NULL;
        }
    }

    enum Kind { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }
}
