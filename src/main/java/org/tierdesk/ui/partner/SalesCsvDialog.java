package org.tierdesk.ui.partner;

import java.util.List;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.tierdesk.store.SalesColumn;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.form.ProblemList;

/**
 * The sales CSV import dialog: what was found in the file (separator, date format), a combo per sale field to
 * choose its file column, the first rows, and the problems of the whole file with their lines; Import is disabled
 * while there is any. Node ids: {@code csv-summary}, {@code csv-separator}, {@code csv-date-format},
 * {@code csv-map-FIELD}, {@code csv-preview}, {@code csv-problems}, {@code csv-import}, {@code csv-cancel}.
 */
public final class SalesCsvDialog {
    private final SalesCsvModel model;
    private final Messages messages;
    private final Dialog<ButtonType> dialog = new Dialog<>();

    public SalesCsvDialog(SalesCsvModel model, Messages messages, Window owner) {
        this.model = model;
        this.messages = messages;
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("csv.title"));
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        dialog.getDialogPane().setId("csv-dialog");
        ButtonType importType = new ButtonType(messages.get("csv.import"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancelType = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(importType, cancelType);
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().setPrefWidth(1040);
        dialog.getDialogPane().setMinWidth(900);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        Button importButton = (Button) dialog.getDialogPane().lookupButton(importType);
        importButton.setId("csv-import");
        importButton.getStyleClass().add(Styles.ACCENT);
        importButton.disableProperty().bind(model.importableProperty().not());
        importButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!model.importSales()) {
                e.consume();
            }
        });
        dialog.getDialogPane().lookupButton(cancelType).setId("csv-cancel");
    }

    /** Shows the dialog and waits; true when the sales were imported. */
    public boolean showAndWait() {
        return dialog.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }

    private VBox content() {
        Label summary = new Label();
        summary.setId("csv-summary");
        summary.getStyleClass().add(Styles.TITLE_4);
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        Label separator = new Label(model.separatorText());
        separator.setId("csv-separator");
        Label dateFormat = new Label(model.dateFormatText());
        dateFormat.setId("csv-date-format");
        model.mappingProperty().addListener((obs, old, now) -> dateFormat.setText(model.dateFormatText()));
        HBox found = new HBox(8, muted(messages.get("csv.separator")), separator, muted("\u00b7"),
                muted(messages.get("csv.dateFormat")), dateFormat, muted("\u00b7"),
                muted(messages.format("csv.lines", model.file().rows().size())));

        VBox box = new VBox(10, summary, found, section("csv.mapping"), mapping(), section("csv.preview"), preview(),
                section("csv.problems"), problems());
        box.setPadding(new Insets(8, 4, 4, 4));
        box.setPrefWidth(1000);
        return box;
    }

    private GridPane mapping() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        int column = 0;
        int perRow = 4;
        for (SalesColumn field : SalesColumn.values()) {
            Label label = new Label(model.fieldLabel(field));
            label.setMinWidth(Label.USE_PREF_SIZE);
            ComboBox<Integer> combo = new ComboBox<>(FXCollections.observableArrayList(model.columnChoices()));
            combo.setId("csv-map-" + field.name());
            combo.setConverter(new StringConverter<>() {
                @Override
                public String toString(Integer index) {
                    return model.choiceLabel(index);
                }

                @Override
                public Integer fromString(String text) {
                    return null;
                }
            });
            combo.setValue(model.columnOf(field));
            combo.setMaxWidth(Double.MAX_VALUE);
            combo.valueProperty().addListener((obs, old, now) -> model.map(field,
                    now == null ? SalesCsvModel.NOT_READ : now));
            label.setLabelFor(combo);
            grid.add(label, column % perRow, column / perRow * 2);
            grid.add(combo, column % perRow, column / perRow * 2 + 1);
            column++;
        }
        for (int i = 0; i < perRow; i++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setHgrow(Priority.ALWAYS);
            constraints.setPercentWidth(100.0 / perRow);
            grid.getColumnConstraints().add(constraints);
        }
        return grid;
    }

    private TableView<List<String>> preview() {
        TableView<List<String>> table = new TableView<>(FXCollections.observableArrayList(model.preview()));
        table.setId("csv-preview");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        List<String> header = model.header();
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            TableColumn<List<String>, String> column = new TableColumn<>(header.get(i));
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                    index < c.getValue().size() ? c.getValue().get(index) : ""));
            column.setSortable(false);
            column.setMinWidth(70);
            table.getColumns().add(column);
        }
        table.setPrefHeight(200);
        table.setPlaceholder(new Label(messages.get("table.empty")));
        return table;
    }

    private ListView<String> problems() {
        ListView<String> list = ProblemList.of("csv-problems", model.problems());
        list.setPrefHeight(160);
        Label none = new Label(messages.get("csv.problems.none"));
        none.getStyleClass().add(Styles.SUCCESS);
        list.setPlaceholder(none);
        return list;
    }

    private Label section(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }
}
