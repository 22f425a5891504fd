package org.tierdesk.ui.startup;

import java.nio.file.Path;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import org.tierdesk.store.FileDamage;
import org.tierdesk.store.backup.BackupFile;
import org.tierdesk.ui.Messages;

/**
 * Says that the database file cannot be read and offers the newest backup not yet tried, with its date and size.
 * Nothing happens without the manager's yes; the damaged file is kept aside, never overwritten. Node ids:
 * {@code damaged-dialog}, {@code damaged-backup}, {@code damaged-problem}, {@code damaged-restore},
 * {@code damaged-quit}.
 */
final class DamagedDatabaseDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType restore;

    /** {@code offered} null: there is no backup left to offer. {@code failure}: why the previous one failed. */
    DamagedDatabaseDialog(Messages messages, Path file, FileDamage damage, String reason, Path backupFolder,
                          BackupFile offered, String failure) {
        BackupDescription describe = new BackupDescription(messages);
        StartupFlow.useDefaultTheme();
        dialog.setTitle(messages.get("app.name"));
        dialog.setHeaderText(messages.get("damaged.header"));
        dialog.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        dialog.getDialogPane().setId("damaged-dialog");
        Label what = new Label(messages.format("damaged.text", file, reasonIn(messages, damage, reason)));
        what.setWrapText(true);
        VBox content = new VBox(12, what);
        if (failure != null) {
            Label problem = new Label(failure);
            problem.setId("damaged-problem");
            problem.setWrapText(true);
            problem.getStyleClass().add(Styles.DANGER);
            content.getChildren().add(problem);
        }
        restore = new ButtonType(messages.get("damaged.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(messages.get("damaged.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        if (offered == null) {
            Label none = new Label(messages.format("damaged.noBackup", backupFolder));
            none.setId("damaged-backup");
            none.setWrapText(true);
            content.getChildren().add(none);
            dialog.getDialogPane().getButtonTypes().setAll(quit);
        } else {
            Label backup = new Label(messages.format("damaged.latest", describe.line(offered)));
            backup.setId("damaged-backup");
            backup.getStyleClass().add(Styles.TEXT_BOLD);
            backup.setWrapText(true);
            Label kept = new Label(messages.format("damaged.kept", file.getParent()));
            kept.setWrapText(true);
            kept.getStyleClass().add(Styles.TEXT_MUTED);
            content.getChildren().addAll(backup, kept);
            dialog.getDialogPane().getButtonTypes().setAll(restore, quit);
            Button restoreButton = (Button) dialog.getDialogPane().lookupButton(restore);
            restoreButton.setId("damaged-restore");
            restoreButton.getStyleClass().add(Styles.ACCENT);
        }
        dialog.getDialogPane().lookupButton(quit).setId("damaged-quit");
        content.getChildren().forEach(n -> ((Region) n).setMinHeight(Region.USE_PREF_SIZE));
        dialog.getDialogPane().setPrefWidth(600);
        dialog.getDialogPane().setContent(content);
    }

    /** True when the manager chose to restore the offered backup. */
    boolean restoreChosen() {
        return dialog.showAndWait().map(b -> b == restore).orElse(false);
    }

    /** The damage in the manager's language: the kinds the store knows translated, H2's own reason quoted. */
    static String reasonIn(Messages messages, FileDamage damage, String reason) {
        return switch (damage) {
            case NOT_A_DATABASE -> messages.get("damaged.reason.notDatabase");
            case CUT_SHORT -> messages.get("damaged.reason.cutShort");
            case HEADER_UNREADABLE -> messages.get("damaged.reason.header");
            case UNREADABLE -> reason == null || reason.isBlank() ? messages.get("damaged.reason.unknown")
                    : messages.format("damaged.reason.other", reason);
        };
    }
}
