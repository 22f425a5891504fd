package org.tierdesk.program.file;

import org.tierdesk.program.LocalizedText;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ids a program declares (categories, certifications, roles, checklist items, activity types, tiers), so a
 * requirement naming an undeclared one is caught at its line instead of silently never being met.
 */
final class Vocabulary {
    enum Kind {
        CATEGORY("reward category", "rewardCategories"),
        CERTIFICATION("certification", "certifications"),
        ROLE("role", "roles"),
        CHECKLIST("checklist item", "checklist"),
        ACTIVITY("activity type", "activityTypes"),
        TIER("tier", "tiers");

        final String noun;
        final String section;

        Kind(String noun, String section) {
            this.noun = noun;
            this.section = section;
        }
    }

    private final Map<Kind, Map<String, LocalizedText>> declared = new LinkedHashMap<>();
    final String currency;

    Vocabulary(String currency) {
        this.currency = currency;
        for (Kind kind : Kind.values()) {
            declared.put(kind, new LinkedHashMap<>());
        }
    }

    void declare(Kind kind, String id, LocalizedText label, int line) {
        if (declared.get(kind).putIfAbsent(id, label) != null) {
            throw new ProblemAt(line, "duplicate " + kind.noun + " id '" + id + "' in '" + kind.section
                    + "'; each id must be declared once");
        }
    }

    /** The declared id's label, or a problem at {@code line} naming what is declared. */
    LocalizedText require(Kind kind, String id, int line) {
        LocalizedText label = declared.get(kind).get(id);
        if (label == null) {
            Map<String, LocalizedText> known = declared.get(kind);
            String hint = known.isEmpty() ? "the program declares none; add it under '" + kind.section + "'"
                    : "declare it under '" + kind.section + "' or use one of: " + String.join(", ", known.keySet());
            throw new ProblemAt(line, "unknown " + kind.noun + " '" + id + "': " + hint);
        }
        return label;
    }

    boolean has(Kind kind, String id) {
        return declared.get(kind).containsKey(id);
    }
}
