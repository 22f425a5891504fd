package org.tierdesk.report;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.tierdesk.program.Program;
import org.tierdesk.program.VolumeUnit;

/** The sales chart of the last months with a legend that spells out each threshold line. */
final class ChartSection {
    private static final float HEIGHT = 165f;

    private ChartSection() {}

    static PdfPTable of(PartnerSummary summary, PdfContentByte canvas, float width, ReportLanguage language,
                        ProgramLabels labels) throws BadElementException {
        Program program = summary.program();
        VolumeUnit unit = VolumeThresholds.unit(program);
        List<ChartThreshold> thresholds = VolumeThresholds.of(program);
        List<String> captions = new ArrayList<>();
        Phrase legend = new Phrase();
        for (int i = 0; i < thresholds.size(); i++) {
            ChartThreshold t = thresholds.get(i);
            String perMonth = figure(t.perMonth(), unit, program, language);
            captions.add(labels.tier(t.tier()) + " · " + perMonth);
            String window = language.text("window." + t.requirement().window().id());
            String line = VolumeThresholds.months(t.requirement().window()) == 1
                    ? language.text("chart.threshold.month", labels.tier(t.tier()),
                            figure(t.requirement().minimum(), unit, program, language), window)
                    : language.text("chart.threshold.average", labels.tier(t.tier()),
                            figure(t.requirement().minimum(), unit, program, language), window, perMonth);
            legend.add(new Phrase((i == 0 ? "" : "\n") + "- - -  ",
                    Typeface.bold(Cells.SMALL, SalesChart.THRESHOLD_COLOURS[i % SalesChart.THRESHOLD_COLOURS.length])));
            legend.add(new Phrase(line, Cells.MUTED_FONT));
        }
        legend.add(new Phrase((thresholds.isEmpty() ? "" : "\n") + language.text("chart.running"), Cells.NOTE_FONT));
        String unitCaption = unit == VolumeUnit.LICENSES ? language.text("chart.unit.licenses")
                : language.text("chart.unit.amount", program.currency());
        Image chart = new SalesChart(summary.monthlySales(), unit, thresholds, captions, unitCaption, language)
                .draw(canvas, width, HEIGHT);
        PdfPTable table = Cells.section(language.text("chart.heading", language.number(summary.monthlySales().size())),
                100);
        PdfPCell cell = new PdfPCell(chart, false);
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPaddingTop(6);
        cell.setPaddingLeft(0);
        table.addCell(cell);
        PdfPCell legendCell = Cells.wide(legend, 1);
        legendCell.setLeading(0, 1.4f);
        table.addCell(legendCell);
        table.setKeepTogether(true);
        return table;
    }

    private static String figure(java.math.BigDecimal value, VolumeUnit unit, Program program,
                                 ReportLanguage language) {
        return unit == VolumeUnit.LICENSES ? language.text("chart.licenses", language.number(value))
                : language.money(value, program.currency());
    }
}
