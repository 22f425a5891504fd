package org.tierdesk.ui.export;

import java.util.function.Consumer;

/**
 * The parts of an export that talk to the OS (the save dialog, the viewer that opens the file, the message box
 * for a problem), replaceable so tests can drive both exports and read the PDF written. Null: the app's own.
 */
public final class PdfExportSeams {
    private SaveDialog dialog;
    private DocumentOpener opener;
    private Consumer<String> problems;

    public SaveDialog dialog() {
        return dialog;
    }

    public PdfExportSeams dialog(SaveDialog chosen) {
        this.dialog = chosen;
        return this;
    }

    public DocumentOpener opener() {
        return opener;
    }

    public PdfExportSeams opener(DocumentOpener chosen) {
        this.opener = chosen;
        return this;
    }

    public Consumer<String> problems() {
        return problems;
    }

    public PdfExportSeams problems(Consumer<String> chosen) {
        this.problems = chosen;
        return this;
    }
}
