package org.tierdesk.report;

import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.tierdesk.engine.standing.RequirementResult;
import org.tierdesk.program.Program;

/** One tier's requirements: label (with the program's reading), a drawn bar, current / required, and the gap. */
final class RequirementSection {
    private static final float PERCENT_WIDTH = 30f;

    private RequirementSection() {}

    static PdfPTable of(String heading, List<RequirementResult> results, Program program, ReportLanguage language,
                        ProgramLabels labels) {
        PdfPTable table = Cells.section(heading, 34, 19, 19, 28);
        table.addCell(Cells.head(language.text("requirements.column.requirement")));
        table.addCell(Cells.head(language.text("requirements.column.progress")));
        table.addCell(Cells.headRight(language.text("requirements.column.figures")));
        table.addCell(Cells.head(language.text("requirements.column.gap")));
        table.setHeaderRows(2);
        if (results.isEmpty()) {
            table.addCell(Cells.wide(new Phrase(language.text("requirement.none"), Cells.NOTE_FONT), 4));
        }
        for (RequirementResult result : results) {
            table.addCell(Cells.text(Cells.labelWithNote(language.label(result.requirement().label()),
                    language.label(result.requirement().note()))));
            table.addCell(bar(result, language));
            table.addCell(Cells.right(RequirementFigures.of(result, program, language)));
            table.addCell(result.met() ? Cells.coloured(labels.gap(result), Palette.MET)
                    : Cells.text(labels.gap(result)));
        }
        table.setKeepTogether(results.size() <= 5);
        return table;
    }

    private static PdfPCell bar(RequirementResult result, ReportLanguage language) {
        double shown = result.met() ? 1.0 : result.progress();
        PdfPCell cell = Cells.text(new Phrase(language.percent(shown), Cells.MUTED_FONT));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        cell.setCellEvent(new ProgressBar(shown, Palette.progress(shown, result.met()), PERCENT_WIDTH));
        return cell;
    }
}
