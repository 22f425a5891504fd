package org.tierdesk.ui.form;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/** A read-only table column of text worked out from each row, for tables that are lists rather than fact tables. */
public final class TextColumn {
    private TextColumn() {
    }

    public static <T> TableColumn<T, String> of(String title, Function<T, String> text, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
