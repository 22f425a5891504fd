package org.tierdesk.report;

import java.awt.Color;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPCellEvent;
import org.openpdf.text.pdf.PdfPTable;

/**
 * Draws a rounded progress bar into its cell, vertically centred, leaving {@code reserveRight} points on the right
 * for the cell's own text (the percent). Vector drawing keeps the bar sharp at any zoom and costs nothing in size.
 */
final class ProgressBar implements PdfPCellEvent {
    private static final float HEIGHT = 6.5f;

    private final double fraction;
    private final Color color;
    private final float reserveRight;

    ProgressBar(double fraction, Color color, float reserveRight) {
        this.fraction = Math.max(0, Math.min(1, fraction));
        this.color = color;
        this.reserveRight = reserveRight;
    }

    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
        PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
        float left = position.getLeft() + 4;
        float width = position.getRight() - reserveRight - left;
        if (width <= 0) {
            return;
        }
        float bottom = (position.getTop() + position.getBottom()) / 2 - HEIGHT / 2;
        canvas.saveState();
        canvas.setColorFill(Palette.TRACK);
        canvas.roundRectangle(left, bottom, width, HEIGHT, HEIGHT / 2);
        canvas.fill();
        float filled = (float) (width * fraction);
        if (filled > 0) {
            canvas.setColorFill(color);
            canvas.roundRectangle(left, bottom, Math.max(filled, HEIGHT), HEIGHT, HEIGHT / 2);
            canvas.fill();
        }
        canvas.restoreState();
    }
}
