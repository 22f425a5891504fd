package org.tierdesk.ui.partner;

import java.util.List;
import java.util.TreeSet;

import org.tierdesk.program.Program;
import org.tierdesk.store.RateEntry;
import org.tierdesk.ui.Session;
import org.tierdesk.ui.form.Choice;

/** The currencies a money field offers: the program's first, then every one a rate or a program mentions. */
final class Currencies {
    private Currencies() {
    }

    static List<Choice> offeredFor(Session session, Program program) {
        TreeSet<String> codes = new TreeSet<>(List.of("EUR", "KZT", "RUB", "USD"));
        session.programs().forEach(p -> codes.add(p.currency()));
        for (RateEntry entry : session.store().rates().all()) {
            codes.add(entry.rate().from());
            codes.add(entry.rate().to());
        }
        codes.remove(program.currency());
        List<String> ordered = new java.util.ArrayList<>(List.of(program.currency()));
        ordered.addAll(codes);
        return ordered.stream().map(c -> new Choice(c, c)).toList();
    }
}
