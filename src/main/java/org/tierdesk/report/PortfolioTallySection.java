package org.tierdesk.report;

import java.util.List;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.tierdesk.program.Tier;

/** Per program: how many partners, how many hold each tier, how many are due an upgrade or at risk. */
final class PortfolioTallySection {
    private PortfolioTallySection() {}

    static PdfPTable of(List<ProgramTally> tallies, ReportLanguage language) {
        PdfPTable table = Cells.section(language.text("portfolio.summary.heading"), 26, 9, 45, 10, 10);
        table.addCell(Cells.head(language.text("portfolio.column.program")));
        table.addCell(Cells.headRight(language.text("portfolio.summary.partners")));
        table.addCell(Cells.head(language.text("portfolio.summary.tiers")));
        table.addCell(Cells.headRight(language.text("flag.upgradeDue")));
        table.addCell(Cells.headRight(language.text("flag.atRisk")));
        table.setHeaderRows(2);
        for (ProgramTally tally : tallies) {
            ProgramLabels labels = new ProgramLabels(tally.program(), language);
            table.addCell(Cells.text(new Phrase(labels.programTitle(), Cells.BODY_BOLD)));
            table.addCell(Cells.right(language.number(tally.partners())));
            Phrase tiers = new Phrase();
            for (Tier tier : tally.program().tiers()) {
                int count = tally.perTier().getOrDefault(tier.id(), 0);
                if (tiers.size() > 0) {
                    tiers.add(new Phrase("   ·   ", Cells.MUTED_FONT));
                }
                tiers.add(new Phrase(labels.tier(tier.id()) + " ", Cells.BODY_FONT));
                tiers.add(new Phrase(language.number(count), Cells.BODY_BOLD));
            }
            table.addCell(Cells.text(tiers));
            table.addCell(count(tally.upgradeDue(), language, Palette.MET));
            table.addCell(count(tally.atRisk(), language, Palette.FAR));
        }
        table.setKeepTogether(tallies.size() < 12);
        return table;
    }

    private static PdfPCell count(int count, ReportLanguage language, java.awt.Color colour) {
        PdfPCell cell = count == 0 ? Cells.text(new Phrase("0", Cells.MUTED_FONT))
                : Cells.coloured(language.number(count), colour);
        cell.setHorizontalAlignment(PdfPCell.ALIGN_RIGHT);
        return cell;
    }
}
