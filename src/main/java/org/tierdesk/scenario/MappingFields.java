package org.tierdesk.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One mapping of a scenario file being read: it reports keys the format does not know, and turns each value into
 * the type the format wants, reporting (not throwing) every value that does not fit, at the value's line.
 * A reading that failed returns empty, so the caller can go on and find the file's other mistakes.
 */
final class MappingFields {
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final ScenarioNode.Mapping mapping;
    private final String where;
    private final Problems problems;

    /**
     * @param where how a message names this mapping ("sale 2", "partner")
     * @param keys  the keys the format allows here, in the order the format lists them
     */
    MappingFields(ScenarioNode.Mapping mapping, String where, List<String> keys, Problems problems) {
        this.mapping = mapping;
        this.where = where;
        this.problems = problems;
        Set<String> allowed = Set.copyOf(keys);
        for (ScenarioNode.Entry entry : mapping.entries().values()) {
            if (!allowed.contains(entry.key())) {
                problems.add(entry.keyLine(), "unknown key '" + entry.key() + "' in " + where
                        + " (expected one of: " + String.join(", ", keys) + ")");
            }
        }
    }

    /**
     * Reads {@code node} as a mapping, reporting anything else.
     */
    static Optional<MappingFields> of(ScenarioNode node, String where, List<String> keys, Problems problems) {
        if (node instanceof ScenarioNode.Mapping m) {
            return Optional.of(new MappingFields(m, where, keys, problems));
        }
        problems.add(node.line(), where + " must be a mapping of keys to values, not " + node.describe());
        return Optional.empty();
    }

    int line() {
        return mapping.line();
    }

    String where() {
        return where;
    }

    /** The line of {@code key}'s value, or of the mapping when the key is absent. */
    int line(String key) {
        ScenarioNode.Entry entry = mapping.entries().get(key);
        return entry == null ? mapping.line() : entry.value().line();
    }

    boolean has(String key) {
        return present(key).isPresent();
    }

    /** The value of {@code key}; an explicit empty value ({@code key:} or {@code ~}) counts as absent. */
    Optional<ScenarioNode> present(String key) {
        ScenarioNode.Entry entry = mapping.entries().get(key);
        if (entry == null || entry.value() instanceof ScenarioNode.Scalar s && s.isNull()) {
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    Optional<ScenarioNode> required(String key) {
        Optional<ScenarioNode> node = present(key);
        if (node.isEmpty()) {
            ScenarioNode.Entry entry = mapping.entries().get(key);
            problems.add(entry == null ? mapping.line() : entry.keyLine(),
                    "missing required key '" + key + "' in " + where);
        }
        return node;
    }

    Optional<String> text(String key, boolean required) {
        return value(key, required).flatMap(node -> {
            if (node instanceof ScenarioNode.Scalar s) {
                return Optional.of(s.text());
            }
            problems.add(node.line(), "'" + key + "' in " + where + " must be a single value, not " + node.describe());
            return Optional.empty();
        });
    }

    Optional<LocalDate> date(String key, boolean required) {
        return value(key, required).flatMap(node -> dateOf(node, key, where, problems));
    }

    /** A date value: {@code YYYY-MM-DD}, and a real calendar day. */
    static Optional<LocalDate> dateOf(ScenarioNode node, String key, String where, Problems problems) {
        if (node instanceof ScenarioNode.Scalar s && s.kind() == ScenarioNode.Kind.STRING) {
            if (DATE.matcher(s.text()).matches()) {
                try {
                    return Optional.of(LocalDate.parse(s.text()));
                } catch (DateTimeParseException e) {
                    // falls through to the report below: a well-shaped but impossible day like 2026-02-30
                }
            }
        }
        problems.add(node.line(), "malformed date " + node.describe() + " for '" + key + "' in " + where
                + " (expected a real day as YYYY-MM-DD, e.g. 2026-05-10)");
        return Optional.empty();
    }

    Optional<BigDecimal> decimal(String key, boolean required) {
        return value(key, required).flatMap(node -> {
            Optional<BigDecimal> number = numberOf(node);
            if (number.isEmpty()) {
                problems.add(node.line(), "'" + key + "' in " + where + " must be a number, not " + node.describe());
            }
            return number;
        });
    }

    /** A decimal that must not be negative (amounts, costs). */
    Optional<BigDecimal> amount(String key, boolean required) {
        return decimal(key, required).filter(value -> {
            if (value.signum() < 0) {
                problems.add(line(key), "negative amount " + value.toPlainString() + " for '" + key + "' in " + where
                        + " (amounts are zero or more; record a return with 'returned' instead)");
                return false;
            }
            return true;
        });
    }

    Optional<Integer> whole(String key, boolean required) {
        return value(key, required).flatMap(node -> {
            Optional<BigDecimal> number = numberOf(node);
            if (number.isPresent()) {
                try {
                    return Optional.of(number.get().intValueExact());
                } catch (ArithmeticException e) {
                    // reported below
                }
            }
            problems.add(node.line(), "'" + key + "' in " + where + " must be a whole number, not " + node.describe());
            return Optional.empty();
        });
    }

    Optional<Boolean> bool(String key) {
        return value(key, false).flatMap(node -> {
            if (node instanceof ScenarioNode.Scalar s && s.kind() == ScenarioNode.Kind.BOOLEAN) {
                return Optional.of(Boolean.parseBoolean(s.text()));
            }
            problems.add(node.line(), "'" + key + "' in " + where + " must be true or false, not " + node.describe());
            return Optional.empty();
        });
    }

    /** An ISO currency code (3 capital letters). */
    Optional<String> currency(String key, boolean required) {
        return text(key, required).filter(code -> {
            if (!CURRENCY.matcher(code).matches()) {
                problems.add(line(key), "'" + key + "' in " + where + " must be a 3-letter ISO currency code such as"
                        + " USD or RUB, not '" + code + "'");
                return false;
            }
            return true;
        });
    }

    /** A list value; absent or empty gives an empty list. */
    List<ScenarioNode> list(String key) {
        Optional<ScenarioNode> node = present(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof ScenarioNode.Sequence seq) {
            return seq.items();
        }
        problems.add(node.get().line(), "'" + key + "' in " + where + " must be a list, not " + node.get().describe());
        return List.of();
    }

    private Optional<ScenarioNode> value(String key, boolean required) {
        return required ? required(key) : present(key);
    }

    /** YAML numbers, and quoted numbers too (a spreadsheet export often quotes them). */
    static Optional<BigDecimal> numberOf(ScenarioNode node) {
        if (node instanceof ScenarioNode.Scalar s && s.kind() != ScenarioNode.Kind.BOOLEAN
                && s.kind() != ScenarioNode.Kind.NULL) {
            try {
                return Optional.of(new BigDecimal(s.text().replace("_", "").strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
