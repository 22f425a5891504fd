package org.tierdesk.ui.simulator;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The simulator's header: the partner on the left and the date controls on the right on one line when both fit
 * whole, else the controls on a line of their own below the partner (a long name, or Russian's longer buttons):
 * neither is ever cut.
 */
final class HeaderLine {
    private static final double GAP = 16;
    private final StackPane root = new StackPane();
    private final Region who;
    private final Region controls;
    private Boolean oneLine;

    /** {@code who} may be null (meeting mode names the partner itself). */
    HeaderLine(Region who, Region controls) {
        this.who = who;
        this.controls = controls;
        root.setPadding(new Insets(12, 14, 12, 14));
        root.widthProperty().addListener((obs, old, width) -> arrange(width.doubleValue()));
        arrange(Double.MAX_VALUE);
    }

    Region node() {
        return root;
    }

    private void arrange(double width) {
        double needed = controls.prefWidth(-1) + (who == null ? 0 : who.prefWidth(-1) + GAP)
                + root.getPadding().getLeft() + root.getPadding().getRight();
        boolean fits = who == null || width >= needed;
        if (oneLine != null && oneLine == fits) {
            return;
        }
        oneLine = fits;
        if (fits) {
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox line = who == null ? new HBox(GAP, spacer, controls) : new HBox(GAP, who, spacer, controls);
            line.setAlignment(Pos.CENTER_LEFT);
            root.getChildren().setAll(line);
        } else {
            VBox lines = new VBox(8, who, controls);
            lines.setAlignment(Pos.CENTER_LEFT);
            controls.setMinWidth(0);
            root.getChildren().setAll(lines);
        }
    }
}
