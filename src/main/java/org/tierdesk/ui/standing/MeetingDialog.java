package org.tierdesk.ui.standing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import org.tierdesk.ui.Formats;
import org.tierdesk.ui.Messages;

/** Asks for a meeting with the partner: its date (today unless changed) and notes. */
final class MeetingDialog {
    record Answer(LocalDate date, String notes) {
    }

    private MeetingDialog() {
    }

    static Optional<Answer> ask(Window owner, Messages messages, LocalDate today, List<String> stylesheets) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("standing.meeting.title"));
        dialog.setHeaderText(messages.get("standing.meeting.header"));
        dialog.getDialogPane().getStylesheets().addAll(stylesheets);
        ButtonType save = new ButtonType(messages.get("standing.meeting.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("standing.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        DatePicker date = new DatePicker(today);
        date.setId("meeting-date");
        date.setConverter(new Formats(messages.locale()).dateConverter());
        TextArea notes = new TextArea();
        notes.setId("meeting-notes");
        notes.setPrefRowCount(4);
        notes.setWrapText(true);
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        form.setPadding(new Insets(10, 16, 0, 16));
        form.addRow(0, fieldLabel(messages.get("standing.meeting.date")), date);
        form.addRow(1, fieldLabel(messages.get("standing.meeting.notes")), notes);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(date.valueProperty().isNull());
        return dialog.showAndWait().filter(b -> b == save).map(b -> new Answer(date.getValue(), notes.getText()));
    }

    private static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }
}
