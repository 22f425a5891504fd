package org.tierdesk.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Where to save a file: the OS's save dialog in the app, a fixed answer in tests. */
@FunctionalInterface
public interface SaveDialog {
    /** The file the manager chose, or empty when the dialog was cancelled. */
    Optional<Path> choose(Window owner, String title, String suggestedName);

    /** JavaFX's FileChooser, opened in the folder used last (the home folder at first), PDF files only. */
    static SaveDialog fileChooser(String pdfFilesLabel) {
        File[] lastFolder = {null};
        return (owner, title, suggestedName) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.setInitialFileName(suggestedName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(pdfFilesLabel, "*.pdf"));
            File folder = lastFolder[0] != null ? lastFolder[0] : new File(System.getProperty("user.home"));
            if (folder.isDirectory()) {
                chooser.setInitialDirectory(folder);
            }
            File chosen = chooser.showSaveDialog(owner);
            if (chosen == null) {
                return Optional.empty();
            }
            lastFolder[0] = chosen.getParentFile();
            String name = chosen.getName().toLowerCase(java.util.Locale.ROOT);
            return Optional.of(name.endsWith(".pdf") ? chosen.toPath()
                    : chosen.toPath().resolveSibling(chosen.getName() + ".pdf"));
        };
    }
}
