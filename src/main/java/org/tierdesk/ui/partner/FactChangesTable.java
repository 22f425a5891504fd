package org.tierdesk.ui.partner;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.tierdesk.ui.Messages;

/** The History tab's lower half: every change to the partner's facts, who made it and when, newest first. Id {@code changes-table}. */
final class FactChangesTable {
    private final VBox root;

    FactChangesTable(ObservableList<FactChange> changes, Messages messages) {
        TableView<FactChange> table = new TableView<>(changes);
        table.setId("changes-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(messages.get("audit.column.when"), FactChange::when, 170));
        table.getColumns().add(column(messages.get("audit.column.who"), FactChange::who, 120));
        table.getColumns().add(column(messages.get("audit.column.what"), FactChange::what, 210));
        TableColumn<FactChange, String> details = column(messages.get("audit.column.details"), FactChange::details,
                520);
        details.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.length() < 60 ? null
                        : new javafx.scene.control.Tooltip(item));
            }
        });
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

    private static TableColumn<FactChange, String> column(String title,
                                                          java.util.function.Function<FactChange, String> text,
                                                          double width) {
        TableColumn<FactChange, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
