package org.tierdesk.ui.settings;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;

import org.tierdesk.ui.Messages;

/**
 * Tells the manager that a restore or a password change is done. The window it was asked from has been replaced
 * by one on the reopened database by then, so the notice has no owner. Id {@code settings-notice}.
 */
final class Notice {
    private Notice() {
    }

    static void show(Messages messages, String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(header);
        alert.getDialogPane().setId("settings-notice");
        alert.getDialogPane().setPrefWidth(520);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.OK)).setText(messages.get("dialog.ok"));
        alert.show();
    }
}
