package org.tierdesk.report;

import java.awt.Color;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.tierdesk.program.VolumeUnit;

/**
 * The monthly sales bars with the tiers' volume thresholds as dashed lines, drawn as vectors into a template that
 * then flows in the document like an image. The as-of month is still running: its bar is lighter.
 */
final class SalesChart {
    static final Color[] THRESHOLD_COLOURS = {
        new Color(0x8E, 0x44, 0xAD), new Color(0xD3, 0x54, 0x00), new Color(0x16, 0xA0, 0x85),
        new Color(0xC0, 0x39, 0x2B)
    };
    private static final float AXIS = 50f;
    private static final float BOTTOM = 20f;
    private static final float TOP = 16f;
    private static final float LABEL = 6.5f;

    private final List<MonthlySales> months;
    private final VolumeUnit unit;
    private final List<ChartThreshold> thresholds;
    private final ReportLanguage language;
    private final String unitCaption;
    private final List<String> thresholdCaptions;

    SalesChart(List<MonthlySales> months, VolumeUnit unit, List<ChartThreshold> thresholds,
               List<String> thresholdCaptions, String unitCaption, ReportLanguage language) {
        this.months = months;
        this.unit = unit;
        this.thresholds = thresholds;
        this.thresholdCaptions = thresholdCaptions;
        this.unitCaption = unitCaption;
        this.language = language;
    }

    Image draw(PdfContentByte canvas, float width, float height) throws BadElementException {
        PdfTemplate chart = canvas.createTemplate(width, height);
        float plotLeft = AXIS;
        float plotRight = width - 4;
        float plotBottom = BOTTOM;
        float plotTop = height - TOP;
        BigDecimal highest = thresholds.stream().map(ChartThreshold::perMonth).reduce(BigDecimal.ZERO, BigDecimal::max);
        for (MonthlySales m : months) {
            highest = highest.max(value(m));
        }
        ChartScale scale = ChartScale.covering(highest.multiply(new BigDecimal("1.08")), unit == VolumeUnit.LICENSES);
        float perUnit = (plotTop - plotBottom) / scale.top().floatValue();

        text(chart, Typeface.SANS, LABEL, Palette.MUTED, Element.ALIGN_LEFT, unitCaption, 0, height - 9);
        for (int i = 0; i <= scale.steps(); i++) {
            float y = plotBottom + scale.tick(i).floatValue() * perUnit;
            chart.setColorStroke(i == 0 ? Palette.MUTED : Palette.RULE);
            chart.setLineWidth(i == 0 ? 0.8f : 0.4f);
            chart.moveTo(plotLeft, y);
            chart.lineTo(plotRight, y);
            chart.stroke();
            text(chart, Typeface.SANS, LABEL, Palette.MUTED, Element.ALIGN_RIGHT, language.number(scale.tick(i)),
                    plotLeft - 4, y - 2.2f);
        }
        bars(chart, plotLeft, plotRight, plotBottom, perUnit);
        lines(chart, plotLeft, plotRight, plotBottom, perUnit);
        if (highest.signum() == 0) {
            text(chart, Typeface.SANS_ITALIC, 9, Palette.MUTED, Element.ALIGN_CENTER, language.text("chart.none"),
                    (plotLeft + plotRight) / 2, (plotBottom + plotTop) / 2);
        }
        return Image.getInstance(chart);
    }

    private void bars(PdfTemplate chart, float left, float right, float bottom, float perUnit) {
        float slot = (right - left) / months.size();
        float barWidth = slot * 0.62f;
        YearMonth running = months.isEmpty() ? null : months.get(months.size() - 1).month();
        for (int i = 0; i < months.size(); i++) {
            MonthlySales m = months.get(i);
            float x = left + i * slot + (slot - barWidth) / 2;
            float h = value(m).floatValue() * perUnit;
            if (h > 0) {
                chart.setColorFill(m.month().equals(running) ? Palette.BAR_CURRENT : Palette.BAR);
                chart.rectangle(x, bottom, barWidth, h);
                chart.fill();
            }
            if ((months.size() - 1 - i) % 3 == 0) {
                text(chart, Typeface.SANS, LABEL, Palette.MUTED, Element.ALIGN_CENTER, language.month(m.month()),
                        x + barWidth / 2, bottom - 10);
            }
        }
    }

    /** A caption sits above its line at the right, or at the left when another line runs just above it. */
    private void lines(PdfTemplate chart, float left, float right, float bottom, float perUnit) {
        float[] ys = new float[thresholds.size()];
        for (int i = 0; i < ys.length; i++) {
            ys[i] = bottom + thresholds.get(i).perMonth().floatValue() * perUnit;
        }
        for (int i = 0; i < ys.length; i++) {
            Color colour = THRESHOLD_COLOURS[i % THRESHOLD_COLOURS.length];
            chart.saveState();
            chart.setColorStroke(colour);
            chart.setLineWidth(1.1f);
            chart.setLineDash(4, 2.5f, 0);
            chart.moveTo(left, ys[i]);
            chart.lineTo(right, ys[i]);
            chart.stroke();
            chart.restoreState();
            boolean crowded = false;
            for (float other : ys) {
                crowded |= other > ys[i] && other - ys[i] < LABEL + 3;
            }
            if (crowded) {
                text(chart, Typeface.SANS_BOLD, LABEL, colour, Element.ALIGN_LEFT, thresholdCaptions.get(i),
                        left + 3, ys[i] + 2.5f);
            } else {
                text(chart, Typeface.SANS_BOLD, LABEL, colour, Element.ALIGN_RIGHT, thresholdCaptions.get(i),
                        right - 2, ys[i] + 2.5f);
            }
        }
    }

    private BigDecimal value(MonthlySales m) {
        return unit == VolumeUnit.LICENSES ? BigDecimal.valueOf(m.licenses()) : m.amount();
    }

    private static void text(PdfTemplate chart, BaseFont font, float size, Color colour, int align, String text,
                             float x, float y) {
        chart.beginText();
        chart.setFontAndSize(font, size);
        chart.setColorFill(colour);
        chart.showTextAligned(align, text, x, y, 0);
        chart.endText();
    }
}
