package org.tierdesk.store.standing;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.tierdesk.engine.facts.Certification;
import org.tierdesk.engine.facts.ChecklistMark;
import org.tierdesk.engine.facts.Money;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.facts.PartnerProfile;
import org.tierdesk.engine.facts.Sale;
import org.tierdesk.engine.facts.StaffMember;
import org.tierdesk.program.Program;
import org.tierdesk.program.ProgramLibrary;
import org.tierdesk.store.Database;
import org.tierdesk.store.PartnerDraft;
import org.tierdesk.store.Workspace;

/**
 * A workspace on a real H2 file with the shipped programs and a clock fixed on {@link #TODAY}, and the Bitrix
 * partner the standing tests revolve around: holding business, every certified checklist item done, one
 * bitrix-engineer, no bitrix-sales, and sales worth {@code points} points.
 */
public final class StandingDesk implements AutoCloseable {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    public static final ProgramLibrary LIBRARY = ProgramLibrary.shippedOnly();

    public final Database database;
    public final Workspace workspace;

    private StandingDesk(Database database, Workspace workspace) {
        this.database = database;
        this.workspace = workspace;
    }

    public static StandingDesk open(Path dir) {
        Database database = Database.open(dir);
        return new StandingDesk(database, new Workspace(database, LIBRARY::byId, clock()));
    }

    public static Program program(String id) {
        return LIBRARY.byId(id).orElseThrow();
    }

    /**
     * A Bitrix business partner one bitrix-sales certification short of certified (when points ≥ 500). While
     * holding business a sale earns floor(amount/10) + 10 × floor(amount/100): 10 USD per 2 points.
     */
    public long bitrixPartnerOneCertificationShort(String name, long points) {
        return bitrixPartnerOneCertificationShort(workspace, name, points, "business");
    }

    /** The clock {@link #open} gives the workspace: 10:00 UTC on {@link #TODAY}. */
    public static Clock clock() {
        return Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    /**
     * The same partner in {@code workspace}, holding {@code heldTier}: "business" (certified due once the
     * certification is added) or "certified" (at risk: certified needs that certification too).
     */
    public static long bitrixPartnerOneCertificationShort(Workspace workspace, String name, long points,
                                                          String heldTier) {
        BigDecimal amount = BigDecimal.valueOf(points * 5);
        Map<String, ChecklistMark> checklist = new java.util.HashMap<>();
        for (String item : List.of("partner-agreement", "nda", "first-line-support", "logo-on-website",
                "product-descriptions")) {
            checklist.put(item, new ChecklistMark(item, true, LocalDate.of(2025, 3, 1)));
        }
        PartnerFacts facts = new PartnerFacts(new PartnerProfile(name, LocalDate.of(2025, 3, 1), heldTier),
                List.of(), List.of(new StaffMember(1, "Ivan Petrov", List.of("engineer"),
                List.of(new Certification("bitrix-engineer", LocalDate.of(2026, 2, 1), LocalDate.of(2027, 2, 1))))),
                List.of(new Sale(1, LocalDate.of(2026, 5, 10), new Money(amount, "USD"), "license", 1, "Intranet",
                        null)), List.of(), checklist, List.of(), List.of());
        return workspace.partnerImport().create(new PartnerDraft(name, "bitrix", "Moscow",
                LocalDate.of(2025, 3, 1), heldTier, null), facts);
    }

    @Override
    public void close() {
        database.close();
    }
}
