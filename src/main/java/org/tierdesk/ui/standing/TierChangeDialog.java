package org.tierdesk.ui.standing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import org.tierdesk.ui.Formats;
import org.tierdesk.ui.Messages;

/**
 * Asks for a tier change: the tier (the suggested one first), the date it applies from, and the reason, which the
 * tier history keeps and which cannot be left empty.
 */
final class TierChangeDialog {
    record Answer(String tier, LocalDate since, String reason) {
    }

    private TierChangeDialog() {
    }

    static Optional<Answer> ask(Window owner, Messages messages, String title, String header, List<String> tiers,
                                Function<String, String> tierLabel, LocalDate today, List<String> stylesheets) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().getStylesheets().addAll(stylesheets);
        ButtonType record = new ButtonType(messages.get("standing.change.record"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("standing.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(record, cancel);

        ComboBox<String> tier = new ComboBox<>();
        tier.setId("tier-change-tier");
        tier.getItems().setAll(tiers);
        tier.setCellFactory(v -> labelled(tierLabel));
        tier.setButtonCell(labelled(tierLabel));
        if (!tiers.isEmpty()) {
            tier.getSelectionModel().select(0);
        }
        DatePicker since = new DatePicker(today);
        since.setId("tier-change-date");
        since.setConverter(new Formats(messages.locale()).dateConverter());
        TextArea reason = new TextArea();
        reason.setId("tier-change-reason");
        reason.setPromptText(messages.get("standing.change.reasonPrompt"));
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        form.setPadding(new Insets(10, 16, 0, 16));
        form.addRow(0, fieldLabel(messages.get("standing.change.tier")), tier);
        form.addRow(1, fieldLabel(messages.get("standing.change.since")), since);
        form.addRow(2, fieldLabel(messages.get("standing.change.reason")), reason);
        dialog.getDialogPane().setContent(form);
        Node ok = dialog.getDialogPane().lookupButton(record);
        ok.setId("tier-change-record");
        ok.disableProperty().bind(Bindings.createBooleanBinding(() -> tier.getValue() == null
                        || since.getValue() == null || reason.getText() == null || reason.getText().isBlank(),
                tier.valueProperty(), since.valueProperty(), reason.textProperty()));
        return dialog.showAndWait().filter(b -> b == record)
                .map(b -> new Answer(tier.getValue(), since.getValue(), reason.getText().trim()));
    }

    private static ListCell<String> labelled(Function<String, String> tierLabel) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : tierLabel.apply(item));
            }
        };
    }

    private static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }
}
