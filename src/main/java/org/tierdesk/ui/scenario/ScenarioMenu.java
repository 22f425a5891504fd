package org.tierdesk.ui.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import org.tierdesk.ui.FilePicker;
import org.tierdesk.ui.MainWindow;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.Session;
import org.tierdesk.ui.form.ProblemList;
import org.tierdesk.ui.shell.ShellView;

/**
 * File → Import scenario... and Export scenario... (the open partner). A refused import lists every problem in a
 * dialog and stores nothing. Node ids: {@code menu-import-scenario}, {@code menu-export-scenario},
 * {@code scenario-problems}.
 */
public final class ScenarioMenu implements MainWindow.FileCommand {
    private final Session session;
    private final Clock clock;
    private final Supplier<FilePicker> files;
    private final Supplier<Window> owner;
    private final ReadOnlyObjectProperty<Long> openPartner;
    private final LongConsumer openImported;

    public ScenarioMenu(Session session, Clock clock, Supplier<FilePicker> files, Supplier<Window> owner,
                        ReadOnlyObjectProperty<Long> openPartner, LongConsumer openImported) {
        this.session = session;
        this.clock = clock;
        this.files = files;
        this.owner = owner;
        this.openPartner = openPartner;
        this.openImported = openImported;
    }

    @Override
    public void contribute(ShellView view, Messages messages) {
        ScenarioTransfer transfer = new ScenarioTransfer(session, messages, clock);
        FileChooser.ExtensionFilter yaml = new FileChooser.ExtensionFilter(messages.get("scenario.fileType"),
                "*.yaml", "*.yml");
        MenuItem importItem = new MenuItem(messages.get("scenario.import"), new FontIcon(Feather.DOWNLOAD));
        importItem.setId("menu-import-scenario");
        importItem.setOnAction(e -> files.get().open(owner.get(), messages.get("scenario.import.title"), yaml)
                .ifPresent(file -> importFile(transfer, file, messages)));
        MenuItem exportItem = new MenuItem(messages.get("scenario.export"), new FontIcon(Feather.UPLOAD));
        exportItem.setId("menu-export-scenario");
        exportItem.disableProperty().bind(openPartner.isNull());
        exportItem.setOnAction(e -> {
            Long partnerId = openPartner.get();
            if (partnerId != null) {
                export(transfer, partnerId, yaml, messages);
            }
        });
        view.addFileCommand(importItem);
        view.addFileCommand(exportItem);
    }

    private void importFile(ScenarioTransfer transfer, Path file, Messages messages) {
        ScenarioTransfer.Outcome outcome = transfer.importFile(file);
        if (outcome.imported()) {
            openImported.accept(outcome.partnerId());
            return;
        }
        ListView<String> problems = ProblemList.of("scenario-problems",
                FXCollections.observableArrayList(outcome.problems()));
        problems.setPrefSize(860, Math.min(380, 60 + 44 * outcome.problems().size()));
        Alert alert = error(null);
        alert.setTitle(messages.get("scenario.import.title"));
        alert.setHeaderText(messages.format("scenario.import.refused", file.getFileName(),
                outcome.problems().size()));
        alert.getDialogPane().setContent(problems);
        alert.getDialogPane().setMinWidth(900);
        alert.getDialogPane().setId("scenario-refused");
        alert.setResizable(true);
        alert.showAndWait();
    }

    private void export(ScenarioTransfer scenarios, long partnerId, FileChooser.ExtensionFilter yaml,
                        Messages messages) {
        Optional<String> refusal = scenarios.exportRefusal(partnerId);
        if (refusal.isPresent()) {
            Alert alert = error(refusal.get());
            alert.setHeaderText(messages.get("scenario.export.title"));
            alert.getDialogPane().setId("scenario-export-refused");
            alert.showAndWait();
            return;
        }
        Optional<Path> target = files.get().save(owner.get(), messages.get("scenario.export.title"),
                scenarios.suggestedFileName(partnerId), yaml);
        if (target.isEmpty()) {
            return;
        }
        try {
            scenarios.exportPartner(partnerId, target.get());
        } catch (IOException e) {
            error(messages.format("scenario.export.failed", target.get(), e.getMessage())).showAndWait();
        }
    }

    /** An error box over the main window, styled like it; {@code text} may be null (content set after). */
    private Alert error(String text) {
        Alert alert = text == null ? new Alert(Alert.AlertType.ERROR) : new Alert(Alert.AlertType.ERROR, text);
        alert.initOwner(owner.get());
        Window window = owner.get();
        if (window != null && window.getScene() != null) {
            alert.getDialogPane().getStylesheets().addAll(window.getScene().getStylesheets());
        }
        return alert;
    }
}
