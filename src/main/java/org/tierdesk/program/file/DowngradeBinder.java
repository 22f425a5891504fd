package org.tierdesk.program.file;

import org.tierdesk.program.DowngradeRule;
import org.tierdesk.program.LocalizedText;

import java.util.Set;

/** Reads {@code downgrade:}: levels dropped, grace days, and whether points reset to the new tier's floor. */
final class DowngradeBinder {
    private static final Set<String> KEYS = Set.of("levels", "graceDays", "resetPoints", "note");

    private DowngradeBinder() {
    }

    static DowngradeRule bind(YamlMap map) {
        map.allowOnly("'downgrade'", KEYS);
        int levels = map.optional("levels").map(n -> n.asCount("'levels'")).orElse(1);
        if (levels < 1) {
            throw new ProblemAt(map.keyLine("levels"), "'levels' must be at least 1, found " + levels);
        }
        int graceDays = map.optional("graceDays").map(n -> n.asCount("'graceDays'")).orElse(0);
        boolean resetPoints = map.optional("resetPoints").map(n -> n.asFlag("'resetPoints'")).orElse(false);
        LocalizedText note = TextBinder.optional(map, "note", "'note'");
        return new DowngradeRule(levels, graceDays, resetPoints, note);
    }
}
