package org.tierdesk.report;

import java.util.List;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** The what-if plans the manager saved: each plan's name, then every change from before to after. */
final class PlanSection {
    private PlanSection() {}

    static PdfPTable of(List<SavedPlan> plans, ReportLanguage language) {
        PdfPTable table = Cells.section(language.text("plans.heading"), 46, 25, 4, 25);
        if (plans.isEmpty()) {
            table.addCell(Cells.wide(new Phrase(language.text("plans.none"), Cells.NOTE_FONT), 4));
            return table;
        }
        table.addCell(Cells.head(language.text("plans.column.change")));
        table.addCell(Cells.headRight(language.text("plans.column.before")));
        table.addCell(Cells.head(""));
        table.addCell(Cells.head(language.text("plans.column.after")));
        table.setHeaderRows(2);
        for (SavedPlan plan : plans) {
            PdfPCell name = Cells.wide(new Phrase(plan.name(), Cells.BODY_BOLD), 4);
            name.setPaddingTop(7);
            table.addCell(name);
            if (!plan.assumes().isBlank()) {
                table.addCell(Cells.wide(new Phrase(language.text("plans.assumes", plan.assumes()),
                        Cells.MUTED_FONT), 4));
            }
            for (PlanChange change : plan.changes()) {
                table.addCell(Cells.text(change.what()));
                table.addCell(Cells.right(change.before()));
                PdfPCell arrow = Cells.text(new Phrase("→", Cells.MUTED_FONT));
                arrow.setHorizontalAlignment(PdfPCell.ALIGN_CENTER);
                table.addCell(arrow);
                table.addCell(Cells.coloured(change.after(), Palette.BAND));
            }
        }
        table.setKeepTogether(plans.stream().mapToInt(p -> p.changes().size() + 2).sum() <= 16);
        return table;
    }
}
