package org.tierdesk.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.tierdesk.program.Program;
import org.tierdesk.program.Tier;
import org.tierdesk.store.Workspace;
import org.tierdesk.ui.startup.DataSafety;

/**
 * The manager's working session: the data folder, the loaded programs and the screens' settings. View models
 * reach the store and the engine only through what this holds.
 */
public final class Session {
    private final Path dataFolder;
    private final UiSettings settings;
    private final List<Program> programs;
    private final Workspace store;
    private final DataSafety safety;

    public Session(Path dataFolder, UiSettings settings, List<Program> programs, Workspace store) {
        this(dataFolder, settings, programs, store, new DataSafety(store.database()));
    }

    public Session(Path dataFolder, UiSettings settings, List<Program> programs, Workspace store, DataSafety safety) {
        this.dataFolder = dataFolder;
        this.settings = settings;
        this.programs = List.copyOf(programs);
        this.store = store;
        this.safety = safety;
    }

    /** Backups, restore and the database password. */
    public DataSafety safety() {
        return safety;
    }

    /** The store's entry point: partners and every kind of fact, read and written in transactions. */
    public Workspace store() {
        return store;
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

    /** A tier's label in the language, or its id when the program does not know it. */
    public String tierLabel(String programId, String tierId, java.util.Locale locale) {
        if (tierId == null) {
            return "";
        }
        return program(programId).flatMap(p -> p.tier(tierId)).map(Tier::label).map(l -> l.in(locale)).orElse(tierId);
    }

    public String programName(String programId, java.util.Locale locale) {
        return program(programId).map(p -> p.name().in(locale)).orElse(programId);
    }
}
