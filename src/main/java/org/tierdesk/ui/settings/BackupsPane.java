package org.tierdesk.ui.settings;

import java.io.File;
import java.util.Optional;
import java.util.function.BiFunction;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import org.tierdesk.store.backup.BackupFile;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.form.TextColumn;
import org.tierdesk.ui.startup.PasswordDialog;

/**
 * The Backups card of Settings. Node ids: {@code backups-table}, {@code backup-now}, {@code backup-restore},
 * {@code backup-folder}, {@code backup-choose-folder}, {@code backup-default-folder}, {@code backup-status};
 * the restore confirmation {@code restore-confirm}.
 */
final class BackupsPane {
    private final BackupsViewModel model;
    private final Messages messages;
    private final VBox body = new VBox(10);
    private final Node node;

    BackupsPane(BackupsViewModel model, Messages messages, BiFunction<String, Node, Node> section) {
        this.model = model;
        this.messages = messages;
        Label hint = new Label(messages.get("backups.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        TextField folder = new TextField();
        folder.setId("backup-folder");
        folder.setEditable(false);
        folder.textProperty().bind(model.folderProperty());
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button choose = new Button(messages.get("backups.chooseFolder"), new FontIcon(Feather.FOLDER));
        choose.setId("backup-choose-folder");
        choose.setOnAction(e -> chooseFolder());
        Button dataFolder = new Button(messages.get("backups.useDataFolder"));
        dataFolder.setId("backup-default-folder");
        dataFolder.setOnAction(e -> model.useDataFolder());
        Label folderLabel = new Label(messages.get("backups.folder"));
        folderLabel.setMinWidth(Label.USE_PREF_SIZE);
        HBox folderRow = new HBox(10, folderLabel, folder, choose, dataFolder);
        folderRow.setAlignment(Pos.CENTER_LEFT);

        TableView<BackupFile> table = new TableView<>(model.backups());
        table.setId("backups-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(TextColumn.of(messages.get("backups.column.taken"), b -> model.describe().taken(b),
                200));
        table.getColumns().add(TextColumn.of(messages.get("backups.column.size"), b -> model.describe().size(b), 110));
        table.getColumns().add(TextColumn.of(messages.get("backups.column.reason"), b -> model.describe().reason(b),
                220));
        table.setPlaceholder(new Label(messages.get("backups.none")));
        table.setPrefHeight(240);

        Button now = new Button(messages.get("backups.now"), new FontIcon(Feather.SAVE));
        now.setId("backup-now");
        now.setOnAction(e -> model.backUpNow());
        Button restore = new Button(messages.get("backups.restore"), new FontIcon(Feather.ROTATE_CCW));
        restore.setId("backup-restore");
        restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> restore(table.getSelectionModel().getSelectedItem()));
        Label status = new Label();
        status.setId("backup-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        HBox actions = new HBox(10, now, restore, status);
        actions.setAlignment(Pos.CENTER_LEFT);

        body.getChildren().addAll(hint, folderRow, table, actions);
        node = section.apply("settings.backups", body);
        model.refresh();
    }

    Node node() {
        return node;
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("backups.chooseFolder"));
        File current = new File(model.folderProperty().get());
        if (current.isDirectory()) {
            chooser.setInitialDirectory(current);
        }
        File picked = chooser.showDialog(window());
        if (picked != null) {
            model.chooseFolder(picked.toPath());
        }
    }

    private void restore(BackupFile backup) {
        if (backup == null || !confirm(backup)) {
            return;
        }
        BackupsViewModel.Outcome outcome = model.needsOwnPassword(backup) ? BackupsViewModel.Outcome.NEEDS_PASSWORD
                : model.restore(backup);
        if (outcome == BackupsViewModel.Outcome.RESTORED) {
            Notice.show(messages, messages.get("settings.backups"), model.statusProperty().get());
        } else if (outcome == BackupsViewModel.Outcome.NEEDS_PASSWORD
                || outcome == BackupsViewModel.Outcome.WRONG_PASSWORD) {
            // a backup taken under another password: ask for that one, and try each typed one at once
            new PasswordDialog(messages, window(), "password.backupHeader", "password.backupText",
                    model.describe().line(backup), typed -> {
                        BackupsViewModel.Outcome tried = model.restore(backup, typed);
                        if (tried == BackupsViewModel.Outcome.RESTORED) {
                            Notice.show(messages, messages.get("settings.backups"), model.statusProperty().get());
                        }
                        return tried == BackupsViewModel.Outcome.RESTORED || tried == BackupsViewModel.Outcome.FAILED
                                ? Optional.empty() : Optional.of(messages.get("password.wrong"));
                    }).showAndWait();
        }
    }

    private boolean confirm(BackupFile backup) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(window());
        alert.setTitle(messages.get("backups.restore"));
        alert.setHeaderText(messages.format("backups.confirm.header", model.describe().line(backup)));
        alert.setContentText(messages.get("backups.confirm.text"));
        alert.getDialogPane().setId("restore-confirm");
        alert.getDialogPane().setPrefWidth(540);
        ButtonType yes = new ButtonType(messages.get("backups.confirm.restore"), ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(yes, new ButtonType(messages.get("dialog.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        ((Button) alert.getDialogPane().lookupButton(yes)).setId("restore-confirm-ok");
        if (window() != null && window().getScene() != null) {
            alert.getDialogPane().getStylesheets().addAll(window().getScene().getStylesheets());
        }
        return alert.showAndWait().map(b -> b == yes).orElse(false);
    }

    private Window window() {
        return body.getScene() == null ? null : body.getScene().getWindow();
    }
}
