package org.tierdesk.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.tierdesk.engine.standing.BonusResult;
import org.tierdesk.engine.standing.Standing;
import org.tierdesk.program.Program;
import org.tierdesk.program.RewardCategory;

/** The held tier's reward per category (base, then with bonuses and cap), and each bonus: met or not, and what it adds. */
final class RewardSection {
    private RewardSection() {}

    static PdfPTable of(Program program, Standing standing, ReportLanguage language, ProgramLabels labels) {
        PdfPTable table = Cells.section(language.text("rewards.heading"), 52, 24, 24);
        List<String> categories = new ArrayList<>(program.rewardCategories().stream().map(RewardCategory::id)
                .filter(id -> standing.rewards().containsKey(id) || standing.baseRewards().containsKey(id)).toList());
        standing.rewards().keySet().stream().filter(id -> !categories.contains(id)).sorted().forEach(categories::add);
        if (categories.isEmpty()) {
            table.addCell(Cells.wide(new Phrase(language.text("rewards.none"), Cells.NOTE_FONT), 3));
        } else {
            table.addCell(Cells.head(language.text("rewards.column.category")));
            table.addCell(Cells.headRight(language.text("rewards.column.base")));
            table.addCell(Cells.headRight(language.text("rewards.column.total")));
            for (String category : categories) {
                table.addCell(Cells.text(labels.category(category)));
                table.addCell(Cells.right(language.percent(standing.baseRewards().getOrDefault(category,
                        BigDecimal.ZERO))));
                PdfPCell total = Cells.coloured(language.percent(standing.rewards().getOrDefault(category,
                        BigDecimal.ZERO)), Palette.TEXT);
                total.setHorizontalAlignment(PdfPCell.ALIGN_RIGHT);
                table.addCell(total);
            }
            if (program.rewardCap() != null) {
                table.addCell(Cells.wide(new Phrase(language.text("rewards.cap",
                        language.percent(program.rewardCap())), Cells.NOTE_FONT), 3));
            }
        }
        if (!standing.bonuses().isEmpty()) {
            table.addCell(Cells.wide(new Phrase(" ", Cells.MUTED_FONT), 3));
            table.addCell(Cells.head(language.text("bonuses.column.bonus")));
            table.addCell(Cells.head(language.text("bonuses.column.state")));
            table.addCell(Cells.headRight(language.text("bonuses.column.adds")));
            for (BonusResult bonus : standing.bonuses()) {
                table.addCell(Cells.text(Cells.labelWithNote(language.label(bonus.bonus().label()),
                        language.label(bonus.bonus().note()))));
                table.addCell(bonus.conditionMet() ? Cells.coloured(language.text("bonus.met"), Palette.MET)
                        : Cells.coloured(language.text("bonus.notMet"), Palette.MUTED));
                table.addCell(Cells.right(adds(bonus, standing, language)));
            }
        }
        table.setKeepTogether(categories.size() + standing.bonuses().size() <= 8);
        return table;
    }

    /** What a met bonus adds now; for one not met, what it would add, in brackets. */
    private static String adds(BonusResult bonus, Standing standing, ReportLanguage language) {
        if (bonus.conditionMet()) {
            return "+" + language.percent(bonus.percent());
        }
        BigDecimal would = bonus.bonus().percentByTier().get(standing.heldTier());
        return would == null ? "—" : "(+" + language.percent(would) + ")";
    }
}
