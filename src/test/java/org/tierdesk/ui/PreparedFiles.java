package org.tierdesk.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/** A file picker that answers with the file a test prepared, and remembers what it was asked. */
public final class PreparedFiles implements FilePicker {
    private Path next;
    private final List<String> titles = new ArrayList<>();

    public PreparedFiles answer(Path file) {
        this.next = file;
        return this;
    }

    public List<String> titles() {
        return titles;
    }

    @Override
    public Optional<Path> open(Window owner, String title, FileChooser.ExtensionFilter filter) {
        titles.add(title);
        return Optional.ofNullable(next);
    }

    @Override
    public Optional<Path> save(Window owner, String title, String fileName, FileChooser.ExtensionFilter filter) {
        titles.add(title);
        return Optional.ofNullable(next);
    }
}
