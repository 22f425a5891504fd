package org.tierdesk.program.file;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A YAML mapping that remembers the line of every key, so an unknown or misplaced key can be pointed at. */
record YamlMap(int line, Map<String, Entry> entries) implements YamlNode {
    record Entry(int keyLine, YamlNode value) {}

    YamlMap {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    @Override
    public String describe() {
        return "a map of keys";
    }

    /** Rejects any key not in {@code allowed}, naming the ones that are. */
    void allowOnly(String what, Set<String> allowed) {
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw new ProblemAt(e.getValue().keyLine(), "unknown key '" + e.getKey() + "' in " + what
                        + "; allowed keys: " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    /** The value of {@code key}; absent and empty (null) values count as missing. */
    Optional<YamlNode> optional(String key) {
        Entry entry = entries.get(key);
        if (entry == null || entry.value() instanceof YamlScalar s && s.kind() == YamlScalar.Kind.NULL) {
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    YamlNode required(String key, String what) {
        return optional(key).orElseThrow(() -> new ProblemAt(line,
                what + " has no '" + key + "'; add the key '" + key + ":' with a value"));
    }

    boolean has(String key) {
        return optional(key).isPresent();
    }

    int keyLine(String key) {
        Entry entry = entries.get(key);
        return entry == null ? line : entry.keyLine();
    }

    List<YamlNode> listOrEmpty(String key, String what) {
        return optional(key).map(n -> n.asList(what).items()).orElse(List.of());
    }
}
