package org.tierdesk.report;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.tierdesk.engine.standing.Standing;

/**
 * The portfolio a manager prints before a quarterly review (A4 landscape): per-program counts first, then one line
 * per partner with tier, a drawn progress bar toward the next tier, flags and the top gap. The partner table
 * breaks across pages with its header repeated, and is handed to the document in slices so thousands of partners
 * never sit in memory as one table.
 */
public final class PortfolioPdf {
    private static final float MARGIN = 36f;
    private static final int SLICE = 100;
    private static final float[] COLUMNS = {15, 10, 9, 12.5f, 12.5f, 11, 8, 22};

    private PortfolioPdf() {}

    public static byte[] render(Portfolio portfolio) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        write(portfolio, out);
        return out.toByteArray();
    }

    /** Writes the PDF to {@code out}, which stays open. */
    public static void write(Portfolio portfolio, OutputStream out) {
        ReportLanguage language = new ReportLanguage(portfolio.locale());
        Document document = new Document(PageSize.A4.rotate(), MARGIN, MARGIN, PageFrame.BAND_HEIGHT + 22,
                MARGIN + 12);
        PdfWriter writer = PdfWriter.getInstance(document, new UnclosedStream(out));
        String who = portfolio.managerName() == null ? "" : portfolio.managerName();
        writer.setPageEvent(new PageFrame(language, language.text("portfolio.title"),
                language.text("portfolio.partners", language.number(portfolio.rows().size()))
                        + (portfolio.filter() == null ? "" : "  ·  " + portfolio.filter()),
                who, language.text("summary.asOf") + " " + language.date(portfolio.asOf()),
                language.text("footer.generated")));
        document.addTitle(language.text("portfolio.title"));
        document.addCreator("TierDesk");
        document.open();
        document.add(PortfolioTallySection.of(ProgramTally.of(portfolio.rows()), language));
        partners(document, portfolio, language);
        document.close();
    }

    private static void partners(Document document, Portfolio portfolio, ReportLanguage language) {
        PdfPTable table = Cells.section(language.text("portfolio.partnersHeading"), COLUMNS);
        for (String key : new String[] {"partner", "program", "territory", "tier", "next", "progress", "flags",
                "gap"}) {
            table.addCell(Cells.head(language.text("portfolio.column." + key)));
        }
        table.setHeaderRows(2);
        table.setComplete(false);
        if (portfolio.rows().isEmpty()) {
            table.addCell(Cells.wide(new Phrase(language.text("portfolio.none"), Cells.NOTE_FONT), COLUMNS.length));
        }
        Map<String, ProgramLabels> labels = new HashMap<>();
        int n = 0;
        for (PortfolioRow row : portfolio.rows()) {
            ProgramLabels programLabels = labels.computeIfAbsent(row.program().id(),
                    id -> new ProgramLabels(row.program(), language));
            addRow(table, row, programLabels, language, n % 2 == 1);
            if (++n % SLICE == 0) {
                document.add(table);
            }
        }
        table.setComplete(true);
        document.add(table);
    }

    private static void addRow(PdfPTable table, PortfolioRow row, ProgramLabels labels, ReportLanguage language,
                               boolean zebra) {
        Standing standing = row.standing();
        PdfPCell[] cells = {
            Cells.row(new Phrase(row.partner(), Cells.ROW_BOLD)),
            Cells.row(new Phrase(labels.vendor(), Cells.ROW_FONT)),
            Cells.row(new Phrase(row.territory() == null ? "" : row.territory(), Cells.ROW_FONT)),
            Cells.row(new Phrase(labels.tier(standing.heldTier()), Cells.ROW_FONT)),
            Cells.row(new Phrase(standing.nextTier() == null ? "—" : labels.tier(standing.nextTier()),
                    Cells.ROW_FONT)),
            progress(standing, language),
            flags(standing, language),
            Cells.row(new Phrase(TopGap.of(standing).map(labels::gap).orElse("—"),
                    Cells.MUTED_FONT))
        };
        for (PdfPCell cell : cells) {
            if (zebra) {
                cell.setBackgroundColor(Palette.ZEBRA);
            }
            table.addCell(cell);
        }
    }

    private static PdfPCell progress(Standing standing, ReportLanguage language) {
        if (standing.nextTier() == null) {
            return Cells.row(new Phrase(language.text("portfolio.top"), Cells.NOTE_FONT));
        }
        double fraction = TierProgress.toward(standing, standing.nextTier());
        boolean met = standing.qualifiedTiers().contains(standing.nextTier());
        PdfPCell cell = Cells.row(new Phrase(language.percent(fraction), Cells.MUTED_FONT));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        cell.setCellEvent(new ProgressBar(fraction, Palette.progress(fraction, met), 28));
        return cell;
    }

    private static PdfPCell flags(Standing standing, ReportLanguage language) {
        Phrase phrase = new Phrase();
        if (standing.upgradeDue()) {
            phrase.add(new Phrase(language.text("flag.upgradeDue"), Typeface.bold(Cells.SMALL, Palette.MET)));
        }
        if (standing.atRisk()) {
            phrase.add(new Phrase((standing.upgradeDue() ? "\n" : "") + language.text("flag.atRisk"),
                    Typeface.bold(Cells.SMALL, Palette.FAR)));
        }
        return Cells.row(phrase);
    }
}
