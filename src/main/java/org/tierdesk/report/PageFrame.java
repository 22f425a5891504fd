package org.tierdesk.report;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * What every page carries: the coloured band on top (program on the left, who and when on the right) and the
 * footer "Page N of M". M is unknown until the document closes, so each footer shows a shared template that is
 * filled in once, at the end.
 */
final class PageFrame extends PdfPageEventHelper {
    static final float BAND_HEIGHT = 58f;
    private static final float FOOTER_SIZE = 7.5f;

    private final ReportLanguage language;
    private final String title;
    private final String subtitle;
    private final String rightTitle;
    private final String rightSubtitle;
    private final String footerRight;
    private PdfTemplate total;

    PageFrame(ReportLanguage language, String title, String subtitle, String rightTitle, String rightSubtitle,
              String footerRight) {
        this.language = language;
        this.title = title;
        this.subtitle = subtitle;
        this.rightTitle = rightTitle;
        this.rightSubtitle = rightSubtitle;
        this.footerRight = footerRight;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(60, FOOTER_SIZE + 4);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        band(canvas, page, document.leftMargin(), document.rightMargin());
        footer(canvas, page, document, writer.getPageNumber());
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(Typeface.SANS, FOOTER_SIZE);
        total.setColorFill(Palette.MUTED);
        total.setTextMatrix(0, 2);
        total.showText(language.number(writer.getPageNumber() - 1L));
        total.endText();
    }

    private void band(PdfContentByte canvas, Rectangle page, float left, float right) {
        float top = page.getTop();
        canvas.saveState();
        canvas.setColorFill(Palette.BAND);
        canvas.rectangle(0, top - BAND_HEIGHT, page.getWidth(), BAND_HEIGHT);
        canvas.fill();
        canvas.setColorFill(Palette.BAND_ACCENT);
        canvas.rectangle(0, top - BAND_HEIGHT - 3, page.getWidth(), 3);
        canvas.fill();
        canvas.restoreState();
        float xRight = page.getWidth() - right;
        float maxLeftWidth = (xRight - left) * 0.68f;
        float titleSize = 15;
        while (titleSize > 11 && Typeface.SANS_BOLD.getWidthPoint(title, titleSize) > maxLeftWidth) {
            titleSize -= 0.5f;
        }
        text(canvas, Typeface.SANS_BOLD, titleSize, Palette.ON_BAND, Element.ALIGN_LEFT,
                fit(title, Typeface.SANS_BOLD, titleSize, maxLeftWidth), left, top - 27);
        text(canvas, Typeface.SANS, 9, Palette.ON_BAND_SOFT, Element.ALIGN_LEFT, subtitle, left, top - 43);
        text(canvas, Typeface.SANS_BOLD, 11, Palette.ON_BAND, Element.ALIGN_RIGHT,
                fit(rightTitle, Typeface.SANS_BOLD, 11, (xRight - left) - maxLeftWidth - 10), xRight, top - 26);
        text(canvas, Typeface.SANS, 9, Palette.ON_BAND_SOFT, Element.ALIGN_RIGHT, rightSubtitle, xRight, top - 42);
    }

    private void footer(PdfContentByte canvas, Rectangle page, Document document, int pageNumber) {
        float y = document.bottomMargin() - 20;
        float left = document.leftMargin();
        float right = page.getWidth() - document.rightMargin();
        canvas.saveState();
        canvas.setColorStroke(Palette.RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(left, y + 11);
        canvas.lineTo(right, y + 11);
        canvas.stroke();
        canvas.restoreState();
        String pageText = language.text("page.of", language.number(pageNumber)) + " ";
        text(canvas, Typeface.SANS, FOOTER_SIZE, Palette.MUTED, Element.ALIGN_LEFT, pageText, left, y);
        canvas.addTemplate(total, left + Typeface.SANS.getWidthPoint(pageText, FOOTER_SIZE), y - 2);
        text(canvas, Typeface.SANS, FOOTER_SIZE, Palette.MUTED, Element.ALIGN_RIGHT, footerRight, right, y);
    }

    private static void text(PdfContentByte canvas, BaseFont font, float size, java.awt.Color color, int align,
                             String text, float x, float y) {
        if (text == null || text.isEmpty()) {
            return;
        }
        canvas.saveState();
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setColorFill(color);
        canvas.showTextAligned(align, text, x, y, 0);
        canvas.endText();
        canvas.restoreState();
    }

    /** Long names are cut with an ellipsis rather than running over the other side of the band. */
    static String fit(String text, BaseFont font, float size, float width) {
        if (text == null || font.getWidthPoint(text, size) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && font.getWidthPoint(cut + "…", size) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }
}
