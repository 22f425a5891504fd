package org.tierdesk.report;

import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** The manager's own notes, as typed, in a light box. */
final class NoteSection {
    private NoteSection() {}

    static PdfPTable of(String notes, ReportLanguage language) {
        PdfPTable table = Cells.section(language.text("notes.heading"), 100);
        boolean none = notes == null || notes.isBlank();
        PdfPCell cell = new PdfPCell(new Phrase(none ? language.text("notes.none") : notes.strip(),
                none ? Cells.NOTE_FONT : Cells.BODY_FONT));
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderColorLeft(Palette.BAND_ACCENT);
        cell.setBorderWidthLeft(2.5f);
        cell.setBackgroundColor(Palette.ZEBRA);
        cell.setPadding(9);
        cell.setLeading(0, 1.45f);
        table.addCell(cell);
        return table;
    }
}
