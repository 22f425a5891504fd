package org.tierdesk.ui;

import java.util.Optional;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A control's tooltip that is made the first time the mouse comes onto the control. Each JavaFX {@link Tooltip} is
 * a popup window with a scene of its own; the portfolio table's cells and header chips made theirs up front, a
 * hundred of them before the first window could show, for tooltips a manager reads on a handful. The text is kept
 * here until then ({@link #textOf} reads it, so a check of what a screen shows sees it too).
 */
public final class LazyTooltip {
    private static final String KEY = LazyTooltip.class.getName();

    private final Control control;
    private final double maxWidth;
    private String text = "";
    private Tooltip made;
    private final EventHandler<MouseEvent> entered = e -> make();

    private LazyTooltip(Control control, double maxWidth) {
        this.control = control;
        this.maxWidth = maxWidth;
        control.getProperties().put(KEY, this);
        control.addEventFilter(MouseEvent.MOUSE_ENTERED, entered);
    }

    /** A tooltip for {@code control}, wrapping at {@code maxWidth} pixels (0: one line), with no text yet. */
    public static LazyTooltip on(Control control, double maxWidth) {
        return new LazyTooltip(control, maxWidth);
    }

    /** The text of {@code control}'s lazy tooltip, made or not (empty when it has none, or none is set). */
    public static Optional<String> textOf(Control control) {
        return control.getProperties().get(KEY) instanceof LazyTooltip tip && !tip.text.isEmpty()
                ? Optional.of(tip.text) : Optional.empty();
    }

    /** Sets the text (empty: no tooltip shows). */
    public void setText(String value) {
        text = value == null ? "" : value;
        if (made != null) {
            made.setText(text);
            control.setTooltip(text.isEmpty() ? null : made);
        }
    }

    /** Makes the tooltip (the mouse came onto the control); once, then the filter is gone. */
    private void make() {
        if (made == null) {
            made = new Tooltip(text);
            if (maxWidth > 0) {
                made.setWrapText(true);
                made.setMaxWidth(maxWidth);
            }
            control.removeEventFilter(MouseEvent.MOUSE_ENTERED, entered);
            if (!text.isEmpty()) {
                control.setTooltip(made);
            }
        }
    }
}
