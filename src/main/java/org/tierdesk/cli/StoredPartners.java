package org.tierdesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tierdesk.engine.StandingEvaluator;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.measure.FactsSummary;
import org.tierdesk.engine.standing.Standing;
import org.tierdesk.program.Program;
import org.tierdesk.program.ProgramLibrary;
import org.tierdesk.report.PartnerSummary;
import org.tierdesk.report.Portfolio;
import org.tierdesk.report.PortfolioRow;
import org.tierdesk.report.SavedPlan;
import org.tierdesk.store.Database;
import org.tierdesk.store.Partner;
import org.tierdesk.store.PortfolioEntry;
import org.tierdesk.store.Workspace;
import org.tierdesk.store.plan.SimulatorPlans;

/**
 * The database's partners as the reports take them, with standings computed the way the screens compute them: the
 * portfolio from the store's SQL facts summaries, one partner from its raw facts (with the points ledger).
 */
final class StoredPartners implements AutoCloseable {
    /** Where a manager's own program files sit in the data folder, next to the database. */
    static final String PROGRAMS_FOLDER = "programs";

    private final Database database;
    private final ProgramLibrary programs;
    private final Workspace workspace;
    private final StandingEvaluator engine = new StandingEvaluator();

    private StoredPartners(Database database, ProgramLibrary programs) {
        this.database = database;
        this.programs = programs;
        this.workspace = new Workspace(database, programs::byId);
    }

    static StoredPartners open(Path dataFolder) {
        ProgramLibrary programs = ProgramLibrary.load(dataFolder.resolve(PROGRAMS_FOLDER));
        return new StoredPartners(Database.open(dataFolder), programs);
    }

    Portfolio portfolio(LocalDate asOf, String manager, Locale locale) {
        Map<Long, FactsSummary> summaries = workspace.summaries().all(asOf);
        List<PortfolioRow> rows = new ArrayList<>();
        for (PortfolioEntry entry : workspace.partners().portfolio(asOf)) {
            FactsSummary summary = summaries.get(entry.id());
            Program program = programs.byId(entry.programId()).orElse(null);
            if (summary == null || program == null) {
                continue;
            }
            rows.add(new PortfolioRow(entry.name(), program, entry.territory(), engine.evaluate(program, summary)));
        }
        return new Portfolio(asOf, manager, null, rows, locale);
    }

    PartnerSummary summary(String nameOrId, LocalDate asOf, String manager, Locale locale) {
        Partner partner = find(nameOrId);
        Program program = programs.byId(partner.programId()).orElseThrow(() -> new ExportPdfCommand.BadInput(
                "partner " + partner.name() + " (id " + partner.id() + ") is under program '" + partner.programId()
                        + "', which is not loaded: put its program file in "
                        + database.folder().resolve(PROGRAMS_FOLDER)));
        PartnerFacts facts = workspace.facts().of(partner.id());
        Standing standing = engine.evaluate(program, facts, asOf);
        List<SavedPlan> plans = new SimulatorPlans(workspace).outcomes(partner.id(), program, asOf).stream()
                .map(o -> SavedPlan.of(o.plan().name(), o.comparison(), program, locale)).toList();
        return PartnerSummary.of(program, facts, standing, locale).withManager(manager).withNotes(partner.notes())
                .withPlans(plans);
    }

    /** An id when the text is one and such a partner exists, else the one partner with exactly that name. */
    private Partner find(String nameOrId) {
        String wanted = nameOrId.strip();
        if (wanted.chars().allMatch(Character::isDigit) && !wanted.isEmpty()) {
            var byId = workspace.partners().find(Long.parseLong(wanted));
            if (byId.isPresent()) {
                return byId.get();
            }
        }
        List<PortfolioEntry> named = workspace.partners().portfolio(LocalDate.now()).stream()
                .filter(e -> e.name().equalsIgnoreCase(wanted)).toList();
        if (named.isEmpty()) {
            throw new ExportPdfCommand.BadInput("no partner named or numbered '" + wanted + "' in "
                    + database.folder() + " (the name must match exactly, letter case aside)");
        }
        if (named.size() > 1) {
            throw new ExportPdfCommand.BadInput(named.size() + " partners are named '" + wanted
                    + "': give the id instead (" + String.join(", ", named.stream()
                            .map(e -> e.id() + " " + e.programId()).toList()) + ")");
        }
        return workspace.partners().find(named.get(0).id()).orElseThrow();
    }

    @Override
    public void close() {
        database.close();
    }
}
