package org.tierdesk.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.tierdesk.engine.standing.Standing;

/** The top of the first page: the partner's name, who prepared it, and the status at a glance in four tiles. */
final class SummaryHeading {
    private SummaryHeading() {}

    static List<Element> of(PartnerSummary summary, ReportLanguage language, ProgramLabels labels) {
        Standing standing = summary.standing();
        List<Element> elements = new ArrayList<>();
        Paragraph kind = new Paragraph(language.text("summary.title").toUpperCase(language.locale()),
                Typeface.bold(8, Palette.BAND_ACCENT));
        elements.add(kind);
        Paragraph name = new Paragraph(summary.partnerName(), Typeface.bold(20, Palette.TEXT));
        name.setSpacingAfter(2);
        elements.add(name);
        StringBuilder meta = new StringBuilder(labels.programTitle())
                .append("  ·  ").append(language.text("summary.asOf")).append(' ')
                .append(language.date(summary.asOf()));
        if (summary.managerName() != null && !summary.managerName().isBlank()) {
            meta.append("  ·  ").append(language.text("summary.manager")).append(": ").append(summary.managerName());
        }
        Paragraph metaLine = new Paragraph(meta.toString(), Typeface.regular(9, Palette.MUTED));
        metaLine.setSpacingAfter(10);
        elements.add(metaLine);
        elements.add(tiles(standing, language, labels, summary));
        return elements;
    }

    private static PdfPTable tiles(Standing standing, ReportLanguage language, ProgramLabels labels,
                                   PartnerSummary summary) {
        PdfPTable tiles = new PdfPTable(new float[] {27, 27, 26, 20});
        tiles.setWidthPercentage(100);
        String since = standing.heldSince() == null ? ""
                : language.text("status.heldSince", language.date(standing.heldSince()));
        tiles.addCell(tile(language.text("status.held"), labels.tier(standing.heldTier()), since, Palette.BAND));
        tiles.addCell(standing.nextTier() == null
                ? tile(language.text("status.next"), language.text("status.top"), "", Palette.MET)
                : tile(language.text("status.next"), labels.tier(standing.nextTier()),
                        language.text("status.nextProgress",
                                language.percent(TierProgress.toward(standing, standing.nextTier()))),
                        Palette.BAND_ACCENT));
        String qualified = standing.qualifiedTiers().isEmpty() ? language.text("status.qualifiedNone")
                : String.join(", ", standing.qualifiedTiers().stream().map(labels::tier).toList());
        tiles.addCell(tile(language.text("status.qualified"), qualified, "", Palette.MUTED, 8.5f));
        tiles.addCell(flagTile(standing, language));
        return tiles;
    }

    private static PdfPCell flagTile(Standing standing, ReportLanguage language) {
        if (standing.atRisk()) {
            return tile(language.text("status.flag"), language.text("flag.atRisk"),
                    language.text("flag.atRisk.detail"), Palette.FAR);
        }
        if (standing.upgradeDue()) {
            return tile(language.text("status.flag"), language.text("flag.upgradeDue"),
                    language.text("flag.upgradeDue.detail"), Palette.MET);
        }
        return tile(language.text("status.flag"), language.text("flag.onTrack"), "", Palette.MET);
    }

    private static PdfPCell tile(String caption, String value, String detail, Color accent) {
        return tile(caption, value, detail, accent, 10f);
    }

    private static PdfPCell tile(String caption, String value, String detail, Color accent, float size) {
        Phrase phrase = new Phrase(caption.toUpperCase(java.util.Locale.ROOT) + "\n", Typeface.bold(6.5f, Palette.MUTED));
        phrase.add(new Phrase(value, Typeface.bold(size, accent)));
        if (!detail.isEmpty()) {
            phrase.add(new Phrase("\n" + detail, Typeface.regular(7.5f, Palette.MUTED)));
        }
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBackgroundColor(Palette.ZEBRA);
        cell.setBorder(Rectangle.LEFT | Rectangle.BOTTOM);
        cell.setBorderColorLeft(accent);
        cell.setBorderWidthLeft(3);
        cell.setBorderColorBottom(Color.WHITE);
        cell.setBorderWidthBottom(0);
        cell.setPadding(7);
        cell.setPaddingLeft(9);
        cell.setLeading(0, 1.35f);
        cell.setMinimumHeight(50);
        return cell;
    }
}
