package org.tierdesk.ui.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.facts.PartnerProfile;
import org.tierdesk.program.Program;
import org.tierdesk.program.ProgramLibrary;
import org.tierdesk.scenario.Scenario;
import org.tierdesk.scenario.ScenarioException;
import org.tierdesk.scenario.ScenarioProblem;
import org.tierdesk.scenario.ScenarioReader;
import org.tierdesk.scenario.ScenarioWriter;
import org.tierdesk.store.InvalidFactsException;
import org.tierdesk.store.Partner;
import org.tierdesk.store.PartnerDraft;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.ProgramNotLoaded;
import org.tierdesk.ui.Session;

/**
 * Scenario files (SCENARIOS.md) in and out of the database: a file becomes a new partner with all its facts, or
 * nothing at all with every problem as {@code file:line: reason}; a partner becomes a file that {@code tierdesk
 * evaluate} reads back to the same standing.
 */
public final class ScenarioTransfer {
    /** What an import did: the new partner's id, or the problems that stopped it (then nothing was stored). */
    public record Outcome(Long partnerId, List<String> problems) {
        public Outcome {
            problems = List.copyOf(problems);
        }

        public boolean imported() {
            return partnerId != null;
        }
    }

    private final Session session;
    private final Messages messages;
    private final Clock clock;

    public ScenarioTransfer(Session session, Messages messages, Clock clock) {
        this.session = session;
        this.messages = messages;
        this.clock = clock;
    }

    public Outcome importFile(Path file) {
        Scenario scenario;
        try {
            scenario = new ScenarioReader(clock).read(file, library());
        } catch (ScenarioException e) {
            return new Outcome(null, e.problems().stream().map(ScenarioProblem::toString).toList());
        } catch (IOException e) {
            return new Outcome(null, List.of(messages.format("scenario.readFailed", file, e.getMessage())));
        }
        PartnerProfile profile = scenario.facts().profile();
        PartnerDraft draft = new PartnerDraft(profile.name(), scenario.program().id(), null, profile.joined(),
                profile.heldTier(), null);
        try {
            return new Outcome(session.store().partnerImport().create(draft, scenario.facts()), List.of());
        } catch (InvalidFactsException e) {
            // the store's own checks, past what the scenario reader checks (a name too long, a program not loaded)
            return new Outcome(null, e.problems().stream()
                    .map(p -> file + ": " + p.field() + ": " + p.message(messages.locale())).toList());
        }
    }

    /**
     * Why the partner cannot be exported, in the manager's language, if it cannot: its program file is not loaded
     * (removed from the data folder's programs, or refused when read), so its facts have no rules to be written by.
     */
    public java.util.Optional<String> exportRefusal(long partnerId) {
        return session.store().partners().find(partnerId)
                .filter(partner -> session.program(partner.programId()).isEmpty())
                .map(partner -> ProgramNotLoaded.describe(messages, partner.name(), partner.programId()));
    }

    /** Writes the partner's facts as of today; the file is replaced only once it is complete. */
    public void exportPartner(long partnerId, Path file) throws IOException {
        Partner partner = session.store().partners().find(partnerId).orElseThrow();
        Program program = session.program(partner.programId()).orElseThrow(() -> new ProgramNotLoaded(
                partner.name(), partner.programId()));
        PartnerFacts facts = session.store().facts().of(partnerId);
        new ScenarioWriter().write(new Scenario(program.id(), program, LocalDate.now(clock), facts), file);
    }

    /** A file name for the partner's export: its name with what a file name cannot hold replaced. */
    public String suggestedFileName(long partnerId) {
        String name = session.store().partners().find(partnerId).map(Partner::name).orElse("partner");
        return name.replaceAll("[\\\\/:*?\"<>|]+", "_").strip() + ".tierdesk.yaml";
    }

    private ProgramLibrary library() {
        return ProgramLibrary.load(session.dataFolder().resolve("programs"));
    }
}
