package org.tierdesk.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.tierdesk.engine.StandingEvaluator;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.standing.Standing;
import org.tierdesk.program.Program;
import org.tierdesk.report.PartnerSummary;
import org.tierdesk.report.PartnerSummaryPdf;
import org.tierdesk.report.PdfFile;
import org.tierdesk.report.Portfolio;
import org.tierdesk.report.PortfolioPdf;
import org.tierdesk.report.PortfolioRow;
import org.tierdesk.report.SavedPlan;
import org.tierdesk.store.Partner;
import org.tierdesk.store.plan.SimulatorPlans;
import org.tierdesk.store.standing.PartnerStanding;
import org.tierdesk.store.standing.PortfolioStandings;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.ProgramNotLoaded;
import org.tierdesk.ui.Session;

/**
 * What the Export PDF buttons produce, in the UI's language: a partner's summary (its standing from its facts, as
 * {@code tierdesk export-pdf --partner} prints it, with its saved simulator plans and notes), or the portfolio
 * report of the partners the portfolio shows; the file names offered; and the write itself (complete or not at
 * all). Plain object: tested without a screen.
 */
public final class PdfExportModel {
    private final Session session;
    private final Messages messages;
    private final Clock clock;
    private final StandingEvaluator engine = new StandingEvaluator();

    public PdfExportModel(Session session, Messages messages, Clock clock) {
        this.session = session;
        this.messages = messages;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public byte[] partnerSummary(long partnerId) {
        Partner partner = partner(partnerId);
        Program program = session.program(partner.programId()).orElseThrow(() -> new NoSuchElementException(
                ProgramNotLoaded.describe(messages, partner.name(), partner.programId())));
        LocalDate asOf = today();
        PartnerFacts facts = session.store().facts().of(partnerId);
        Standing standing = engine.evaluate(program, facts, asOf);
        List<SavedPlan> plans = new SimulatorPlans(session.store()).outcomes(partnerId, program, asOf).stream()
                .map(o -> SavedPlan.of(o.plan().name(), o.comparison(), program, messages.locale())).toList();
        return PartnerSummaryPdf.render(PartnerSummary.of(program, facts, standing, messages.locale())
                .withManager(session.settings().managerName().orElse(null))
                .withNotes(partner.notes()).withPlans(plans));
    }

    /**
     * The portfolio report of {@code partnerIds} in that order (the portfolio's filtered, sorted rows);
     * {@code filter} describes the filter for the reader, or is null when every partner is shown.
     */
    public byte[] portfolio(List<Long> partnerIds, String filter) {
        LocalDate asOf = today();
        Map<Long, PartnerStanding> standings = new HashMap<>();
        new PortfolioStandings(session.store()).asOf(asOf).forEach(s -> standings.put(s.partnerId(), s));
        List<PortfolioRow> rows = new ArrayList<>(partnerIds.size());
        for (long id : partnerIds) {
            PartnerStanding standing = standings.get(id);
            Optional<Program> program = standing == null ? Optional.empty() : session.program(standing.programId());
            if (program.isPresent()) {
                rows.add(new PortfolioRow(standing.name(), program.get(), standing.territory(),
                        standing.standing()));
            }
        }
        return PortfolioPdf.render(new Portfolio(asOf, session.settings().managerName().orElse(null), filter, rows,
                messages.locale()));
    }

    /** "Alpha Soft 2026-11-24.pdf": the partner's name made safe for any file system, and today's date. */
    public String partnerFileName(long partnerId) {
        return safe(partner(partnerId).name()) + " " + today() + ".pdf";
    }

    public String portfolioFileName() {
        return safe(messages.get("export.portfolioFile")) + " " + today() + ".pdf";
    }

    /** Writes {@code pdf} over {@code target}; the problem in words when it cannot (nothing is changed then). */
    public Optional<String> write(Path target, byte[] pdf) {
        try {
            PdfFile.replace(target, pdf);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(messages.format("export.cannotWrite", target, reason(e)));
        }
    }

    private static String reason(Exception e) {
        String text = e.getMessage();
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return text == null || text.isBlank() ? kind : kind + ": " + text;
    }

    private Partner partner(long partnerId) {
        return session.store().partners().find(partnerId).orElseThrow(() -> new NoSuchElementException(
                messages.format("export.partnerGone", partnerId)));
    }

    /** Keeps letters (any script), digits, spaces and a few marks; the rest becomes "_". */
    static String safe(String name) {
        String cleaned = name.replaceAll("[^\\p{L}\\p{N} ._()&,+-]", "_").strip();
        cleaned = cleaned.replaceAll("^[.]+", "");
        return cleaned.isEmpty() ? "partner" : cleaned;
    }
}
