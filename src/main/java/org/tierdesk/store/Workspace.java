package org.tierdesk.store;

import org.jooq.DSLContext;
import org.tierdesk.program.Program;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.NoSuchElementException;

import static org.tierdesk.store.jooq.Tables.PARTNERS;

/**
 * The manager's open database with the loaded programs: the entry point to every kind of fact the store keeps.
 * Screens and commands hold one Workspace and ask it for the aggregate they edit.
 */
public final class Workspace {
    private final Database database;
    private final ProgramCatalog programs;
    private final Clock clock;

    public Workspace(Database database, ProgramCatalog programs) {
        this(database, programs, Clock.systemDefaultZone());
    }

    public Workspace(Database database, ProgramCatalog programs, Clock clock) {
        this.database = database;
        this.programs = programs;
        this.clock = clock;
    }

    public Database database() {
        return database;
    }

    public ProgramCatalog programs() {
        return programs;
    }

    public Clock clock() {
        return clock;
    }

    public Partners partners() {
        return new Partners(this);
    }

    public Contacts contacts() {
        return new Contacts(this);
    }

    public StaffRoster staff() {
        return new StaffRoster(this);
    }

    public Sales sales() {
        return new Sales(this);
    }

    public Activities activities() {
        return new Activities(this);
    }

    public Checklist checklist() {
        return new Checklist(this);
    }

    public SalesPlans plans() {
        return new SalesPlans(this);
    }

    public ExchangeRates rates() {
        return new ExchangeRates(this);
    }

    public TierHistory tierHistory() {
        return new TierHistory(this);
    }

    public Meetings meetings() {
        return new Meetings(this);
    }

    public SavedPlans savedPlans() {
        return new SavedPlans(this);
    }

    public AppSettings settings() {
        return new AppSettings(this);
    }

    public ProgramRegistry programRegistry() {
        return new ProgramRegistry(this);
    }

    public PartnerFactsQuery facts() {
        return new PartnerFactsQuery(this);
    }

    public PartnerImport partnerImport() {
        return new PartnerImport(this);
    }

    public FactsSummaryQuery summaries() {
        return new FactsSummaryQuery(this);
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** The program of a stored partner; a partner whose program file is not loaded cannot take new facts. */
    Program programOf(DSLContext dsl, long partnerId) {
        String programId = dsl.select(PARTNERS.PROGRAM_ID).from(PARTNERS).where(PARTNERS.ID.eq(partnerId))
                .fetchOptional(PARTNERS.PROGRAM_ID)
                .orElseThrow(() -> new NoSuchElementException("no partner with id " + partnerId));
        return program(programId);
    }

    Program program(String programId) {
        return programs.find(programId).orElseThrow(() -> new IllegalStateException(
                "the program " + programId + " is not loaded: add its program file"));
    }

    static void refuseIf(java.util.List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidFactsException(problems);
        }
    }
}
