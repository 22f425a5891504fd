package org.tierdesk.ui.form;

import java.util.function.Function;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.VBox;

/**
 * A table cell whose text wraps (two lines fit the fixed row height; more is cut with an ellipsis), with an
 * optional muted line from the row beneath it (a partner's territory under its name): long program names and
 * gaps stay readable in a 1280-pixel window. The table needs {@code setFixedCellSize(ROW_HEIGHT)}.
 */
public final class WrappingCell<S, T> extends TableCell<S, T> {
    /** The fixed row height of a table with these cells. */
    public static final double ROW_HEIGHT = 50;
    /** The cell's horizontal padding (tierdesk.css, .wrapping-table .table-cell). */
    private static final double PADDING = 16;

    private final Function<S, String> second;
    private final Label main = new Label();
    private final Label below = new Label();
    private final VBox box = new VBox(0, main);

    /** Only the text, wrapped. */
    public WrappingCell() {
        this(row -> "");
    }

    public WrappingCell(Function<S, String> second) {
        this.second = second;
        main.setWrapText(true);
        main.setMaxHeight(ROW_HEIGHT - 8);
        below.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(0);
        // the cell lays its graphic out at the graphic's own height: give it the row's, or wrapping has no room
        box.setPrefHeight(ROW_HEIGHT - 8);
        // the box takes the column's width, so the label wraps there instead of being cut on one line
        tableColumnProperty().addListener((obs, old, column) -> {
            box.prefWidthProperty().unbind();
            if (column != null) {
                box.prefWidthProperty().bind(column.widthProperty().subtract(PADDING));
            }
        });
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        S row = empty || getTableRow() == null ? null : getTableRow().getItem();
        if (row == null || item == null) {
            setGraphic(null);
            return;
        }
        main.setText(item.toString());
        String extra = second.apply(row);
        below.setText(extra);
        if (extra == null || extra.isEmpty()) {
            box.getChildren().setAll(main);
        } else {
            box.getChildren().setAll(main, below);
        }
        setGraphic(box);
    }
}
