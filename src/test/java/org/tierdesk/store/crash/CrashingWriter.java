package org.tierdesk.store.crash;

import org.tierdesk.engine.facts.Money;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.facts.Sale;
import org.tierdesk.program.ProgramLibrary;
import org.tierdesk.store.Database;
import org.tierdesk.store.Partner;
import org.tierdesk.store.PartnerDraft;
import org.tierdesk.store.Workspace;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Runs in a child JVM that the crash test kills with SIGKILL: it writes to the database in a loop (large partner
 * imports and single edits) and prints each change to stdout only after its commit returned, so every line the test
 * read is a promise the database must keep.
 */
public final class CrashingWriter {
    static final String PROGRAM = "bitrix";
    static final String ANCHOR = "Anchor partner";
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private CrashingWriter() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        int importSize = Integer.parseInt(args[1]);
        Random random = new Random(Long.parseLong(args[2]));
        Database database = Database.open(folder);
        Workspace workspace = new Workspace(database, ProgramLibrary.shippedOnly()::byId);
        long anchor = workspace.partners().portfolio(DAY).stream().filter(p -> p.name().equals(ANCHOR))
                .map(p -> p.id()).findFirst()
                .orElseGet(() -> workspace.partners().create(draft(ANCHOR, "edit 0")));
        say("ready");
        for (long round = 0; ; round++) {
            if (round % 3 == 2) {
                String name = "Import " + UUID.randomUUID();
                say("import-start " + name);
                workspace.partnerImport().create(draft(name, null), facts(importSize, random));
                say("import " + name + " " + importSize);
            } else if (round % 3 == 0) {
                String product = "edit-" + UUID.randomUUID();
                workspace.sales().add(anchor, sale(product, random));
                say("sale " + product);
            } else {
                Partner stored = workspace.partners().find(anchor).orElseThrow();
                long next = Long.parseLong(stored.notes().substring("edit ".length())) + 1;
                workspace.partners().update(anchor, draft(ANCHOR, "edit " + next));
                say("notes " + next);
            }
        }
    }

    static PartnerDraft draft(String name, String notes) {
        return new PartnerDraft(name, PROGRAM, "Kazan", LocalDate.of(2020, 1, 1), null, notes);
    }

    private static PartnerFacts facts(int count, Random random) {
        List<Sale> sales = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sales.add(sale("imported-" + i, random));
        }
        return new PartnerFacts(null, List.of(), List.of(), sales, List.of(), Map.of(), List.of(), List.of());
    }

    private static Sale sale(String product, Random random) {
        return new Sale(0, DAY.minusDays(random.nextInt(700)),
                new Money(BigDecimal.valueOf(100 + random.nextInt(100_000), 2), "USD"), null,
                1 + random.nextInt(20), product, null);
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
