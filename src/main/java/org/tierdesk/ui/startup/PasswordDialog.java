package org.tierdesk.ui.startup;

import java.util.Optional;
import java.util.function.Function;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import org.tierdesk.store.DatabasePassword;
import org.tierdesk.ui.Messages;

/**
 * Asks for the password of a protected database (or backup). The typed password is tried at once; a wrong one
 * keeps the dialog open with the message under the field, so the manager simply types again. Node ids:
 * {@code password-field}, {@code password-problem}, {@code password-ok}, {@code password-cancel}.
 */
public final class PasswordDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final PasswordField field = new PasswordField();
    private final Label problem = new Label();
    private DatabasePassword accepted;

    /**
     * {@code check} tries a password and says what is wrong with it (empty: it opened). {@code headerKey} and
     * {@code textKey} name what is locked; {@code argument} goes into the text (the file).
     */
    public PasswordDialog(Messages messages, Window owner, String headerKey, String textKey, Object argument,
                          Function<DatabasePassword, Optional<String>> check) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        StartupFlow.useDefaultTheme();
        dialog.setTitle(messages.get("app.name"));
        dialog.setHeaderText(messages.get(headerKey));
        dialog.setGraphic(new FontIcon(Feather.LOCK));
        dialog.getDialogPane().setId("password-dialog");
        ButtonType ok = new ButtonType(messages.get("password.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("password.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        Label text = new Label(messages.format(textKey, argument));
        text.setWrapText(true);
        field.setId("password-field");
        field.setPromptText(messages.get("password.prompt"));
        problem.setId("password-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.setVisible(false);
        problem.managedProperty().bind(problem.visibleProperty());
        text.setMinHeight(Region.USE_PREF_SIZE);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(10, text, field, problem);
        dialog.getDialogPane().setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("password-ok");
        okButton.getStyleClass().add(Styles.ACCENT);
        okButton.setDefaultButton(true);
        okButton.disableProperty().bind(field.textProperty().isEmpty());
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            DatabasePassword typed = DatabasePassword.of(field.getText().toCharArray());
            Optional<String> wrong = check.apply(typed);
            if (wrong.isPresent()) {
                e.consume();
                problem.setText(wrong.get());
                problem.setVisible(true);
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
                field.clear();
                field.requestFocus();
            } else {
                accepted = typed;
            }
        });
        dialog.getDialogPane().lookupButton(cancel).setId("password-cancel");
        dialog.setOnShown(e -> Platform.runLater(field::requestFocus));
    }

    /** Waits for a password that {@code check} accepted; empty when the manager gave up. */
    public Optional<DatabasePassword> showAndWait() {
        dialog.showAndWait();
        field.clear();
        return Optional.ofNullable(accepted);
    }
}
