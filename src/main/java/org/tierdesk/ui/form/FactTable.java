package org.tierdesk.ui.form;

import java.util.function.Consumer;
import java.util.function.Function;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import org.tierdesk.ui.Messages;

/**
 * A list of one kind of fact with Add, Edit and Delete (Delete asks first). Node ids: {@code add-KIND},
 * {@code edit-KIND}, {@code delete-KIND}, {@code KIND-table}.
 */
public final class FactTable<T> {
    private final Messages messages;
    private final TableView<T> table = new TableView<>();
    private final HBox toolbar = new HBox(8);
    private final VBox root;

    public FactTable(String kind, Messages messages, ObservableList<T> items, Runnable add, Consumer<T> edit,
              Consumer<T> delete) {
        this.messages = messages;
        table.setId(kind + "-table");
        table.setItems(items);
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(messages.get("table.empty"));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(empty);
        Button addButton = button("add-" + kind, "action.add", Feather.PLUS);
        addButton.getStyleClass().add(Styles.ACCENT);
        addButton.setOnAction(e -> add.run());
        Button editButton = button("edit-" + kind, "action.edit", Feather.EDIT_2);
        editButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        editButton.setOnAction(e -> edit.accept(table.getSelectionModel().getSelectedItem()));
        Button deleteButton = button("delete-" + kind, "action.delete", Feather.TRASH_2);
        deleteButton.getStyleClass().add(Styles.DANGER);
        deleteButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        deleteButton.setOnAction(e -> {
            T selected = table.getSelectionModel().getSelectedItem();
            if (selected != null && confirmDelete()) {
                delete.accept(selected);
            }
        });
        toolbar.getChildren().addAll(addButton, editButton, deleteButton, new Spacer());
        toolbar.getStyleClass().add("fact-toolbar");
        table.setRowFactory(v -> {
            TableRow<T> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    edit.accept(row.getItem());
                }
            });
            return row;
        });
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                edit.accept(table.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(10, toolbar, table);
        root.getStyleClass().add("fact-table");
    }

    public Node node() {
        return root;
    }

    public TableView<T> table() {
        return table;
    }

    public HBox toolbar() {
        return toolbar;
    }

    /** A column sorted by {@code value} and shown as {@code text} of it (dates, money, labels). */
    public <V extends Comparable<? super V>> TableColumn<T, V> column(String key, Function<T, V> value, Function<V, String> text,
                                                        double width) {
        TableColumn<T, V> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(V item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 80));
        table.getColumns().add(column);
        return column;
    }

    public TableColumn<T, String> text(String key, Function<T, String> value, double width) {
        return column(key, value, s -> s, width);
    }

    private Button button(String id, String key, Feather icon) {
        Button button = new Button(messages.get(key), new FontIcon(icon));
        button.setId(id);
        return button;
    }

    private boolean confirmDelete() {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(table.getScene() == null ? null : table.getScene().getWindow());
        alert.setTitle(messages.get("action.delete"));
        alert.setHeaderText(messages.get("delete.confirm"));
        alert.getButtonTypes().setAll(new ButtonType(messages.get("action.delete"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        if (table.getScene() != null) {
            alert.getDialogPane().getStylesheets().addAll(table.getScene().getStylesheets());
        }
        alert.getDialogPane().setId("confirm-dialog");
        return alert.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }
}
