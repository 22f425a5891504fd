package org.tierdesk.ui.settings;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.tierdesk.ui.Messages;

/**
 * Tells the manager that a restore or a password change is done. The screen it was asked from has been rebuilt on
 * the reopened database by then, so the notice is owned by the main window itself (focus goes back there when it
 * closes). Id {@code settings-notice}.
 */
final class Notice {
    private Notice() {
    }

    static void show(Messages messages, String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing()).findFirst()
                .ifPresent(alert::initOwner);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(header);
        alert.getDialogPane().setId("settings-notice");
        alert.getDialogPane().setPrefWidth(520);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.OK)).setText(messages.get("dialog.ok"));
        alert.show();
    }
}
