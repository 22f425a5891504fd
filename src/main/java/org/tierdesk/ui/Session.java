package org.tierdesk.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.tierdesk.program.Program;

/**
 * The manager's working session: the data folder, the loaded programs and the screens' settings. View models
 * reach the store and the engine only through what this holds.
 */
public final class Session {
    private final Path dataFolder;
    private final UiSettings settings;
    private final List<Program> programs;

    public Session(Path dataFolder, UiSettings settings, List<Program> programs) {
        this.dataFolder = dataFolder;
        this.settings = settings;
        this.programs = List.copyOf(programs);
    }

    public Path dataFolder() {
        return dataFolder;
    }

    public UiSettings settings() {
        return settings;
    }

    public List<Program> programs() {
        return programs;
    }

    public Optional<Program> program(String id) {
        return programs.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
