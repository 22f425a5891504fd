package org.tierdesk.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.tierdesk.engine.standing.AccumulationResult;
import org.tierdesk.engine.standing.LedgerEntry;
import org.tierdesk.engine.standing.Standing;
import org.tierdesk.program.Program;

/**
 * Points: for a points program the balance, the ledger's totals by source and its latest lines; for an
 * accumulation program the purchases counted, the rate and how far the next rate is.
 */
final class PointsSection {
    static final int LAST_ENTRIES = 8;
    private static final List<String> SOURCES = List.of("SALE", "HOLDING_BONUS", "ACTIVITY", "RETURN", "RESET");

    private PointsSection() {}

    static boolean applies(Program program, Standing standing) {
        return program.pointsRules() != null || standing.accumulation() != null || !standing.ledger().isEmpty();
    }

    static PdfPTable of(Program program, Standing standing, ReportLanguage language) {
        if (standing.accumulation() != null && program.pointsRules() == null) {
            return accumulation(program, standing.accumulation(), language);
        }
        return ledger(program, standing, language);
    }

    private static PdfPTable ledger(Program program, Standing standing, ReportLanguage language) {
        PdfPTable table = Cells.section(language.text("points.heading"), 16, 22, 38, 12, 12);
        table.addCell(Cells.wide(new Phrase(language.text("points.balance") + ": "
                + language.number(standing.points()), Cells.BODY_BOLD), 5));
        Map<String, long[]> totals = new LinkedHashMap<>();
        SOURCES.forEach(s -> totals.put(s, new long[2]));
        for (LedgerEntry entry : standing.ledger()) {
            long[] sum = totals.computeIfAbsent(entry.source(), s -> new long[2]);
            sum[0] += entry.points();
            sum[1]++;
        }
        PdfPCell bySource = Cells.head(language.text("points.bySource"));
        bySource.setColspan(3);
        table.addCell(bySource);
        table.addCell(Cells.headRight(language.text("points.column.count")));
        table.addCell(Cells.headRight(language.text("points.column.points")));
        totals.forEach((source, sum) -> {
            if (sum[1] == 0) {
                return;
            }
            PdfPCell name = Cells.text(sourceName(source, language));
            name.setColspan(3);
            table.addCell(name);
            table.addCell(Cells.right(language.number(sum[1])));
            table.addCell(Cells.right(signed(sum[0], language)));
        });
        if (standing.ledger().isEmpty()) {
            table.addCell(Cells.wide(new Phrase(language.text("points.noEntries"), Cells.NOTE_FONT), 5));
            return table;
        }
        table.addCell(Cells.wide(new Phrase(" ", Cells.MUTED_FONT), 5));
        table.addCell(Cells.head(language.text("points.column.date")));
        table.addCell(Cells.head(language.text("points.column.source")));
        table.addCell(Cells.head(language.text("points.column.description")));
        table.addCell(Cells.headRight(language.text("points.column.points")));
        table.addCell(Cells.headRight(language.text("points.column.balance")));
        List<LedgerEntry> ledger = standing.ledger();
        LedgerWording wording = new LedgerWording(language, new ProgramLabels(program, language));
        for (int i = ledger.size() - 1; i >= Math.max(0, ledger.size() - LAST_ENTRIES); i--) {
            LedgerEntry entry = ledger.get(i);
            table.addCell(Cells.text(language.shortDate(entry.date())));
            table.addCell(Cells.text(sourceName(entry.source(), language)));
            table.addCell(Cells.text(wording.of(entry)));
            table.addCell(Cells.right(signed(entry.points(), language)));
            table.addCell(Cells.right(language.number(entry.balance())));
        }
        table.setKeepTogether(true);
        return table;
    }

    private static PdfPTable accumulation(Program program, AccumulationResult result, ReportLanguage language) {
        PdfPTable table = Cells.section(language.text("accumulation.heading"), 50, 50);
        table.addCell(Cells.text(language.text("accumulation.purchases")));
        table.addCell(Cells.right(language.money(result.purchases(), program.currency())));
        table.addCell(Cells.text(language.text("accumulation.rate")));
        table.addCell(Cells.right(language.percent(result.ratePercent())));
        table.addCell(Cells.text(language.text("accumulation.points")));
        table.addCell(Cells.right(language.number(result.points())));
        String next = result.nextThreshold() == null ? language.text("accumulation.top")
                : language.text("accumulation.next", language.percent(result.nextRatePercent()),
                        language.money(result.nextThreshold(), program.currency()),
                        language.money(result.toNextThreshold(), program.currency()));
        table.addCell(Cells.wide(new Phrase(next, Cells.BODY_FONT), 2));
        if (program.accumulation() != null && program.accumulation().note() != null) {
            table.addCell(Cells.wide(new Phrase(language.label(program.accumulation().note()), Cells.NOTE_FONT), 2));
        }
        table.setKeepTogether(true);
        return table;
    }

    private static String sourceName(String source, ReportLanguage language) {
        return SOURCES.contains(source) ? language.text("ledger.source." + source) : source;
    }

    private static String signed(long points, ReportLanguage language) {
        return (points > 0 ? "+" : points < 0 ? "−" : "") + language.number(Math.abs(points));
    }
}
