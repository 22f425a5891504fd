package org.tierdesk.ui.downgrade;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import org.tierdesk.ui.Formats;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.form.WrappingCell;

/**
 * The Downgrades screen: the pending-downgrade list with Confirm, Waive and Open partner. Downgrades are never
 * silent: each waits here until the manager decides, with a reason.
 */
public final class DowngradeView {
    private final DowngradeViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final BorderPane root = new BorderPane();
    private final TableView<DowngradeRow> table = new TableView<>();

    public DowngradeView(DowngradeViewModel model, Messages messages, LongConsumer openPartner) {
        this.model = model;
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        root.setId("downgrades-screen");
        Label title = new Label(messages.get("downgrade.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label hint = new Label(messages.get("downgrade.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        Button confirm = new Button(messages.get("downgrade.confirm"), new FontIcon(Feather.ARROW_DOWN));
        confirm.setId("downgrade-confirm");
        confirm.getStyleClass().add(Styles.DANGER);
        Button waive = new Button(messages.get("downgrade.waive"), new FontIcon(Feather.SHIELD));
        waive.setId("downgrade-waive");
        Button open = new Button(messages.get("downgrade.open"), new FontIcon(Feather.BRIEFCASE));
        open.setId("downgrade-open");
        var selected = table.getSelectionModel().selectedItemProperty();
        confirm.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
                || selected.get().target() == null, selected));
        waive.disableProperty().bind(selected.isNull());
        open.disableProperty().bind(selected.isNull());
        confirm.setOnAction(e -> ask("downgrade.confirm", "downgrade.confirm.header", selected.get())
                .ifPresent(reason -> model.confirm(selected.get(), reason)));
        waive.setOnAction(e -> ask("downgrade.waive", "downgrade.waive.header", selected.get())
                .ifPresent(reason -> model.waive(selected.get(), reason)));
        open.setOnAction(e -> openPartner.accept(selected.get().partnerId()));
        List.of(open, waive, confirm).forEach(b -> b.setMinWidth(Button.USE_PREF_SIZE));
        VBox header = new VBox(4, title, hint);
        header.getStyleClass().add("screen-header");
        HBox commands = new HBox(10, open, waive, confirm);
        commands.getStyleClass().add("toolbar-row");
        root.setTop(new VBox(header, commands));
        root.setCenter(table(openPartner));
    }

    public Node node() {
        return root;
    }

    private Node table(LongConsumer openPartner) {
        table.setId("downgrade-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE, "wrapping-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(WrappingCell.ROW_HEIGHT);
        table.getColumns().setAll(List.of(
                column("downgrade.column.partner", DowngradeRow::partner, 160),
                column("downgrade.column.program", DowngradeRow::program, 195),
                column("downgrade.column.held", DowngradeRow::heldTier, 175),
                column("downgrade.column.since", r -> formats.date(r.startedOn()), 165),
                column("downgrade.column.due", r -> formats.date(r.dueOn()), 125),
                column("downgrade.column.target", DowngradeRow::targetLabel, 170)));
        table.setItems(model.rows());
        Label empty = new Label(messages.get("downgrade.empty"));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(empty);
        table.setRowFactory(v -> {
            TableRow<DowngradeRow> row = new TableRow<>() {
                @Override
                protected void updateItem(DowngradeRow item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("overdue"),
                            !empty && item != null && item.overdue());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openPartner.accept(row.getItem().partnerId());
                }
            });
            return row;
        });
        return table;
    }

    private TableColumn<DowngradeRow, String> column(String key, Function<DowngradeRow, String> value,
                                                     double width) {
        TableColumn<DowngradeRow, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setCellFactory(c -> new WrappingCell<>());
        return column;
    }

    private java.util.Optional<String> ask(String titleKey, String headerKey, DowngradeRow row) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        dialog.setTitle(messages.get(titleKey));
        dialog.setHeaderText(messages.format(headerKey, row.partner(), row.heldTier(), row.targetLabel()));
        dialog.getEditor().setId("downgrade-reason");
        dialog.getEditor().setPromptText(messages.get("downgrade.reasonPrompt"));
        if (root.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(root.getScene().getStylesheets());
        }
        ButtonType ok = new ButtonType(messages.get(titleKey), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(messages.get("standing.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(ok).setId("downgrade-reason-ok");
        dialog.getDialogPane().lookupButton(ok).disableProperty()
                .bind(dialog.getEditor().textProperty().isEmpty());
        return dialog.showAndWait().map(String::trim).filter(s -> !s.isEmpty());
    }
}
