package org.tierdesk.ui.partner;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

import org.tierdesk.ui.Messages;
import org.tierdesk.ui.form.TextColumn;

/**
 * The History tab's lower half: every change to the partner's facts, who made it and when, newest first. Id
 * {@code changes-table}.
 */
final class FactChangesTable {
    private final VBox root;

    FactChangesTable(ObservableList<FactChange> changes, Messages messages) {
        TableView<FactChange> table = new TableView<>(changes);
        table.setId("changes-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // rows as high as their wrapped text (the theme gives every row one line's height)
        table.setFixedCellSize(Region.USE_COMPUTED_SIZE);
        table.getColumns().add(TextColumn.of(messages.get("audit.column.when"), FactChange::when, 170));
        table.getColumns().add(TextColumn.of(messages.get("audit.column.who"), FactChange::who, 120));
        TableColumn<FactChange, String> what = TextColumn.of(messages.get("audit.column.what"), FactChange::what, 220);
        TableColumn<FactChange, String> details = TextColumn.of(messages.get("audit.column.details"),
                FactChange::details, 520);
        // long labels (a checklist item's, a Russian "added") wrap onto a second line rather than being cut off
        what.setCellFactory(c -> new WrappingCell());
        details.setCellFactory(c -> new WrappingCell());
        table.getColumns().add(what);
        table.getColumns().add(details);
        table.setPlaceholder(new Label(messages.get("audit.none")));
        Label hint = new Label(messages.get("audit.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(8, hint, table);
        VBox.setVgrow(root, Priority.ALWAYS);
    }

    Node node() {
        return root;
    }

    /**
     * A cell whose text wraps to the column's width. A Text node (not a Label) because its wrapping width gives the
     * row its height; the "text" style class gives it the theme's cell colours.
     */
    private static final class WrappingCell extends TableCell<FactChange, String> {
        private final Text text = new Text();

        WrappingCell() {
            text.getStyleClass().add("text");
            text.wrappingWidthProperty().bind(widthProperty().subtract(16));
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty ? null : item);
            setGraphic(empty ? null : text);
        }
    }
}
