package org.tierdesk.ui.form;

import java.util.ArrayList;
import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

import org.tierdesk.ui.Formats;
import org.tierdesk.ui.Messages;

/**
 * Shows a {@link FormModel} as a modal dialog: a label, an input and the problem beside each field, ControlsFX
 * decorations on fields with a problem, and OK disabled while anything is wrong. Node ids: {@code field-NAME},
 * {@code problem-NAME}, {@code dialog-ok}, {@code dialog-cancel}.
 */
public final class FormDialog {
    private final FormModel model;
    private final Messages messages;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ValidationSupport validation = new ValidationSupport();

    public FormDialog(FormModel model, Messages messages, Window owner) {
        this.model = model;
        this.messages = messages;
        dialog.initOwner(owner);
        dialog.setTitle(model.title());
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        dialog.getDialogPane().setId("form-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(
                new ButtonType(messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().setPrefWidth(560);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        Button ok = (Button) dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0));
        ok.setId("dialog-ok");
        ok.getStyleClass().add(Styles.ACCENT);
        ok.setDefaultButton(true);
        ok.disableProperty().bind(model.validProperty().not());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (!model.save()) {
                e.consume();
            }
        });
        dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(1)).setId("dialog-cancel");
        model.validate();
    }

    /** Shows the dialog and waits; true when the input was saved. */
    public boolean showAndWait() {
        return dialog.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }

    private Node content() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Control.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setMinWidth(280);
        grid.getColumnConstraints().addAll(labels, inputs);
        int row = 0;
        List<Control> validated = new ArrayList<>();
        for (Field field : model.fields()) {
            Label label = new Label(field.label());
            GridPane.setValignment(label, VPos.TOP);
            GridPane.setMargin(label, new Insets(6, 0, 0, 0));
            Control input = input(field);
            input.setId("field-" + field.name());
            input.setMaxWidth(Double.MAX_VALUE);
            label.setLabelFor(input);
            Label problem = new Label();
            problem.setId("problem-" + field.name());
            problem.getStyleClass().add("field-problem");
            problem.setWrapText(true);
            problem.textProperty().bind(field.problemProperty());
            problem.visibleProperty().bind(field.problemProperty().isNotEmpty());
            problem.managedProperty().bind(problem.visibleProperty());
            VBox cell = new VBox(4, input, problem);
            grid.add(label, 0, row);
            grid.add(cell, 1, row);
            Control decorated = input instanceof DatePicker picker ? picker.getEditor() : input;
            validation.registerValidator(decorated, false, (Control c, Object value) ->
                    ValidationResult.fromErrorIf(c, field.problemProperty().get(),
                            !field.problemProperty().get().isEmpty()));
            field.problemProperty().addListener((obs, old, now) -> validation.revalidate(decorated));
            validated.add(decorated);
            row++;
        }
        Label general = new Label();
        general.setId("problem-general");
        general.getStyleClass().add("field-problem");
        general.setWrapText(true);
        general.textProperty().bind(model.generalProblemProperty());
        general.visibleProperty().bind(model.generalProblemProperty().isNotEmpty());
        general.managedProperty().bind(general.visibleProperty());
        VBox box = new VBox(12, grid, general);
        box.setPadding(new Insets(8, 4, 4, 4));
        return box;
    }

    private Control input(Field field) {
        Formats formats = new Formats(messages.locale());
        return switch (field.kind()) {
            case TEXT, NUMBER -> {
                TextField text = new TextField();
                text.textProperty().bindBidirectional(field.textProperty());
                text.setPromptText(field.prompt());
                yield text;
            }
            case NOTES -> {
                TextArea area = new TextArea();
                area.setPrefRowCount(4);
                area.setWrapText(true);
                area.textProperty().bindBidirectional(field.textProperty());
                yield area;
            }
            case DATE -> {
                DatePicker picker = new DatePicker();
                picker.setConverter(formats.dateConverter());
                picker.setPromptText(field.prompt());
                picker.getEditor().setText(field.textProperty().get());
                picker.setValue(formats.parseDate(field.textProperty().get()).orElse(null));
                // typing updates the model at once; the picker's own value only follows on commit
                picker.getEditor().textProperty().bindBidirectional(field.textProperty());
                yield picker;
            }
            case CHOICE -> {
                ComboBox<Choice> combo = new ComboBox<>(FXCollections.observableArrayList(field.choices()));
                combo.valueProperty().bindBidirectional(field.choiceProperty());
                combo.setVisibleRowCount(12);
                yield combo;
            }
            case FLAG -> {
                CheckBox check = new CheckBox();
                check.selectedProperty().bindBidirectional(field.flagProperty());
                yield check;
            }
        };
    }
}
