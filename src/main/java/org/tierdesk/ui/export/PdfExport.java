package org.tierdesk.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tierdesk.ui.Messages;

/**
 * Partner → Export PDF and Portfolio → Export PDF: asks where to save (a name from the partner and the date),
 * builds and writes the PDF off the FX thread, then opens it where the OS allows; a problem is said in a message
 * and leaves any earlier file as it was.
 */
public final class PdfExport {
    private static final Logger LOG = LoggerFactory.getLogger(PdfExport.class);
    private final PdfExportModel model;
    private final Messages messages;
    private final PdfExportSeams seams;

    public PdfExport(PdfExportModel model, Messages messages, PdfExportSeams seams) {
        this.model = model;
        this.messages = messages;
        this.seams = seams;
    }

    /**
     * The partner screen's button; {@code partnerId} is the partner shown (null: none). Short ("PDF", the full
     * words in its tooltip): the header already holds the partner's name, Edit and Delete.
     */
    public Button partnerButton(Supplier<Long> partnerId) {
        Button button = button("export-partner-pdf");
        button.setText(messages.get("export.buttonShort"));
        button.setTooltip(new javafx.scene.control.Tooltip(messages.get("export.partnerTooltip")));
        button.setOnAction(e -> {
            Long id = partnerId.get();
            if (id != null) {
                export(button, messages.get("export.partnerTitle"), () -> model.partnerFileName(id),
                        () -> model.partnerSummary(id));
            }
        });
        return button;
    }

    /** The portfolio's button: the partners it shows, in its order, and a description of its filter (or null). */
    public Button portfolioButton(Supplier<List<Long>> partnerIds, Supplier<String> filter) {
        Button button = button("export-portfolio-pdf");
        button.setOnAction(e -> {
            List<Long> ids = List.copyOf(partnerIds.get());
            String described = filter.get();
            export(button, messages.get("export.portfolioTitle"), model::portfolioFileName,
                    () -> model.portfolio(ids, described));
        });
        return button;
    }

    private Button button(String id) {
        Button button = new Button(messages.get("export.button"), new FontIcon(Feather.FILE_TEXT));
        button.setId(id);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return button;
    }

    private void export(Button button, String title, Supplier<String> name, Supplier<byte[]> pdf) {
        Window owner = button.getScene() == null ? null : button.getScene().getWindow();
        String suggested;
        try {
            suggested = name.get();
        } catch (RuntimeException e) {
            problem(e.getMessage());
            return;
        }
        Optional<Path> target = dialog().choose(owner, title, suggested);
        if (target.isEmpty()) {
            return;
        }
        button.setDisable(true);
        Thread writing = new Thread(() -> {
            Optional<String> problem;
            try {
                problem = model.write(target.get(), pdf.get());
            } catch (RuntimeException e) {
                LOG.warn("PDF export to {} failed", target.get(), e);
                problem = Optional.of(messages.format("export.cannotBuild", e.getMessage()));
            }
            Optional<String> outcome = problem;
            Platform.runLater(() -> {
                button.setDisable(false);
                outcome.ifPresentOrElse(this::problem, () -> opener().open(target.get()));
            });
        }, "export-pdf");
        writing.setDaemon(true);
        writing.start();
    }

    private SaveDialog dialog() {
        return seams.dialog() != null ? seams.dialog() : SaveDialog.fileChooser(messages.get("export.pdfFiles"));
    }

    private DocumentOpener opener() {
        return seams.opener() != null ? seams.opener() : DocumentOpener.desktop();
    }

    private void problem(String text) {
        Consumer<String> sink = seams.problems();
        if (sink != null) {
            sink.accept(text);
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.setHeaderText(messages.get("export.failed"));
        alert.show();
    }
}
