package org.tierdesk.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.tierdesk.program.LocalizedText;
import org.tierdesk.program.Program;
import org.tierdesk.program.Tier;

/**
 * The held tier's benefits (then its restrictions), then what the next tier adds. One benefit per row, so a long
 * list breaks across pages instead of pushing the whole block onto the next one.
 */
final class BenefitSection {
    private BenefitSection() {}

    static PdfPTable of(Program program, String heldTier, String nextTier, ReportLanguage language,
                        ProgramLabels labels) {
        Tier held = program.tier(heldTier).orElse(null);
        Tier next = nextTier == null ? null : program.tier(nextTier).orElse(null);
        PdfPTable table = Cells.section(language.text("benefits.heading"), 100);
        List<Phrase> rows = new ArrayList<>();
        rows.add(new Phrase(language.text("benefits.held", labels.tier(heldTier)), Cells.HEAD_FONT));
        rows.addAll(items(held == null ? List.of() : held.benefits(), language));
        if (held != null && !held.restrictions().isEmpty()) {
            rows.add(new Phrase(language.text("benefits.restrictions"), Cells.HEAD_FONT));
            rows.addAll(items(held.restrictions(), language));
        }
        if (next != null) {
            Set<String> known = held == null ? Set.of()
                    : held.benefits().stream().map(LocalizedText::en).collect(Collectors.toSet());
            rows.add(new Phrase(language.text("benefits.next", labels.tier(nextTier)), Cells.HEAD_FONT));
            rows.addAll(items(next.benefits().stream().filter(b -> !known.contains(b.en())).toList(), language));
        }
        for (Phrase row : rows) {
            PdfPCell cell = item(row);
            if (!(row instanceof Paragraph) && row.getFont() == Cells.HEAD_FONT) {
                cell.setPaddingTop(7);
            }
            table.addCell(cell);
        }
        table.setKeepTogether(rows.size() <= 8);
        return table;
    }

    private static List<Phrase> items(List<LocalizedText> texts, ReportLanguage language) {
        if (texts.isEmpty()) {
            return List.of(new Phrase(language.text("benefits.none"), Cells.NOTE_FONT));
        }
        return texts.stream().map(t -> (Phrase) bullet(language.label(t))).toList();
    }

    /** Wrapped lines hang under the text, not under the bullet. */
    private static Paragraph bullet(String text) {
        Paragraph paragraph = new Paragraph(11.5f, "•  " + text, Cells.BODY_FONT);
        paragraph.setIndentationLeft(8);
        paragraph.setFirstLineIndent(-8);
        return paragraph;
    }

    private static PdfPCell item(Phrase phrase) {
        PdfPCell cell = Cells.text(new Phrase(""));
        Paragraph paragraph = phrase instanceof Paragraph bullet ? bullet : new Paragraph(phrase);
        paragraph.setLeading(11.5f);
        cell.addElement(paragraph);
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPaddingTop(0);
        cell.setPaddingBottom(3f);
        cell.setPaddingLeft(6);
        cell.setVerticalAlignment(PdfPCell.ALIGN_TOP);
        return cell;
    }
}
