package org.tierdesk.ui.simulator;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The simulator's cards: before → after first and widest; the path and the deal calculator beside it where the
 * window leaves room for both at a readable width, else all three under one another (a laptop's 1280 pixels
 * with the navigation open).
 */
final class CardColumns {
    /** Below this width two columns would squeeze the before → after figures. */
    static final double TWO_COLUMNS_FROM = 1200;
    private static final double GAP = 14;

    private final StackPane root = new StackPane();
    private final Node primary;
    private final Node[] secondary;
    private Boolean wide;

    CardColumns(Node primary, Node... secondary) {
        this.primary = primary;
        this.secondary = secondary;
        root.setId("simulator-cards");
        root.setPadding(new Insets(GAP));
        root.widthProperty().addListener((obs, old, width) -> arrange(width.doubleValue() >= TWO_COLUMNS_FROM));
        arrange(false);
    }

    Node node() {
        return root;
    }

    private void arrange(boolean twoColumns) {
        if (wide != null && wide == twoColumns) {
            return;
        }
        wide = twoColumns;
        if (twoColumns) {
            VBox side = new VBox(GAP, secondary);
            side.setMinWidth(Region.USE_PREF_SIZE);
            side.setPrefWidth(440);
            VBox main = new VBox(GAP, primary);
            HBox.setHgrow(main, Priority.ALWAYS);
            root.getChildren().setAll(new HBox(GAP, main, side));
        } else {
            VBox all = new VBox(GAP, primary);
            all.getChildren().addAll(secondary);
            root.getChildren().setAll(all);
        }
    }
}
