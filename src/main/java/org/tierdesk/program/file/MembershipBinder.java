package org.tierdesk.program.file;

import org.tierdesk.program.LocalizedText;
import org.tierdesk.program.Membership;

import java.util.Set;

/** Reads {@code membership:}: how the term runs and how it renews, as the seed words it. */
final class MembershipBinder {
    private static final Set<String> KEYS = Set.of("term", "renewal");

    private MembershipBinder() {
    }

    static Membership bind(YamlMap map) {
        map.allowOnly("'membership'", KEYS);
        LocalizedText term = TextBinder.text(map.required("term", "'membership'"), "'term'");
        LocalizedText renewal = TextBinder.optional(map, "renewal", "'renewal'");
        return new Membership(term, renewal);
    }
}
