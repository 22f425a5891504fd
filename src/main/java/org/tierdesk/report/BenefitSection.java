package org.tierdesk.report;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.tierdesk.program.LocalizedText;
import org.tierdesk.program.Program;
import org.tierdesk.program.Tier;

/** The held tier's benefits (and restrictions) beside what the next tier adds on top of them. */
final class BenefitSection {
    private BenefitSection() {}

    static PdfPTable of(Program program, String heldTier, String nextTier, ReportLanguage language,
                        ProgramLabels labels) {
        Tier held = program.tier(heldTier).orElse(null);
        Tier next = nextTier == null ? null : program.tier(nextTier).orElse(null);
        PdfPTable table = Cells.section(language.text("benefits.heading"), 50, 50);
        table.addCell(Cells.head(language.text("benefits.held", labels.tier(heldTier))));
        table.addCell(Cells.head(next == null ? "" : language.text("benefits.next", labels.tier(nextTier))));
        List<LocalizedText> heldBenefits = held == null ? List.of() : held.benefits();
        Set<String> known = heldBenefits.stream().map(LocalizedText::en).collect(Collectors.toSet());
        List<LocalizedText> added = next == null ? List.of()
                : next.benefits().stream().filter(b -> !known.contains(b.en())).toList();
        Phrase left = list(heldBenefits, language);
        if (held != null && !held.restrictions().isEmpty()) {
            left.add(new Phrase("\n" + language.text("benefits.restrictions") + "\n", Cells.HEAD_FONT));
            left.add(list(held.restrictions(), language));
        }
        table.addCell(column(left));
        table.addCell(column(next == null ? new Phrase("") : list(added, language)));
        table.setKeepTogether(true);
        return table;
    }

    private static Phrase list(List<LocalizedText> items, ReportLanguage language) {
        if (items.isEmpty()) {
            return new Phrase(language.text("benefits.none"), Cells.NOTE_FONT);
        }
        Phrase phrase = new Phrase();
        for (int i = 0; i < items.size(); i++) {
            phrase.add(new Phrase((i == 0 ? "" : "\n") + "•  " + language.label(items.get(i)), Cells.BODY_FONT));
        }
        return phrase;
    }

    private static PdfPCell column(Phrase phrase) {
        PdfPCell cell = Cells.text(phrase);
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setLeading(0, 1.45f);
        cell.setVerticalAlignment(PdfPCell.ALIGN_TOP);
        return cell;
    }
}
