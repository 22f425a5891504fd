package org.tierdesk.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks the manager for a file to read or write. The app uses the system's file chooser; tests put in a picker that
 * answers with a prepared file, since a native chooser cannot be driven headless.
 */
public interface FilePicker {
    Optional<Path> open(Window owner, String title, FileChooser.ExtensionFilter filter);

    Optional<Path> save(Window owner, String title, String fileName, FileChooser.ExtensionFilter filter);

    /** The system's file chooser. */
    static FilePicker system() {
        return new FilePicker() {
            @Override
            public Optional<Path> open(Window owner, String title, FileChooser.ExtensionFilter filter) {
                return Optional.ofNullable(chooser(title, filter).showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> save(Window owner, String title, String fileName,
                                       FileChooser.ExtensionFilter filter) {
                FileChooser chooser = chooser(title, filter);
                chooser.setInitialFileName(fileName);
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }

            private FileChooser chooser(String title, FileChooser.ExtensionFilter filter) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().setAll(filter,
                        new FileChooser.ExtensionFilter("*", "*.*"));
                return chooser;
            }
        };
    }
}
