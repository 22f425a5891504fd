package org.tierdesk.report;

import java.awt.Color;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** The report's cell and table styles, so every table lines up the same way. */
final class Cells {
    static final float BODY = 9f;
    static final float SMALL = 7.5f;

    static final Font BODY_FONT = Typeface.regular(BODY, Palette.TEXT);
    static final Font BODY_BOLD = Typeface.bold(BODY, Palette.TEXT);
    static final Font MUTED_FONT = Typeface.regular(SMALL, Palette.MUTED);
    static final Font NOTE_FONT = Typeface.italic(SMALL, Palette.MUTED);
    static final Font ROW_FONT = Typeface.regular(8f, Palette.TEXT);
    static final Font ROW_BOLD = Typeface.bold(8f, Palette.TEXT);
    static final Font HEAD_FONT = Typeface.bold(SMALL + 0.5f, Palette.BAND);
    static final Font SECTION_FONT = Typeface.bold(12f, Palette.BAND);

    private Cells() {}

    /** A full-width table whose first row is the section heading, repeated if the table breaks across pages. */
    static PdfPTable section(String heading, float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(14);
        PdfPCell cell = new PdfPCell(new Phrase(heading, SECTION_FONT));
        cell.setColspan(widths.length);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Palette.BAND_ACCENT);
        cell.setBorderWidth(1.2f);
        cell.setPaddingLeft(0);
        cell.setPaddingBottom(5);
        table.addCell(cell);
        table.setHeaderRows(1);
        return table;
    }

    static PdfPCell head(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, HEAD_FONT));
        cell.setBackgroundColor(Palette.TABLE_HEAD);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(4);
        cell.setPaddingTop(3);
        return cell;
    }

    static PdfPCell headRight(String text) {
        PdfPCell cell = head(text);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    static PdfPCell text(String text) {
        return text(new Phrase(text, BODY_FONT));
    }

    static PdfPCell text(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Palette.RULE);
        cell.setBorderWidth(0.5f);
        cell.setPadding(4);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(5);
        cell.setLeading(0, 1.25f);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    /** A dense table cell, for lists of many partners. */
    static PdfPCell row(Phrase phrase) {
        PdfPCell cell = text(phrase);
        cell.setPaddingTop(2.5f);
        cell.setPaddingBottom(4f);
        cell.setLeading(0, 1.15f);
        return cell;
    }

    static PdfPCell right(String text) {
        PdfPCell cell = text(text);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    static PdfPCell coloured(String text, Color color) {
        return text(new Phrase(text, Typeface.bold(BODY, color)));
    }

    /** A label with the program's reading of the rule underneath, small and grey, when it has one. */
    static Phrase labelWithNote(String label, String note) {
        Phrase phrase = new Phrase(label, BODY_FONT);
        if (note != null && !note.isBlank()) {
            phrase.add(new Phrase("\n" + note, NOTE_FONT));
        }
        return phrase;
    }

    /** A cell spanning the whole row, for "nothing to show" lines and free text. */
    static PdfPCell wide(Phrase phrase, int columns) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setColspan(columns);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(4);
        cell.setPaddingLeft(0);
        return cell;
    }

    static PdfPCell empty() {
        PdfPCell cell = new PdfPCell(new Phrase(""));
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }
}
