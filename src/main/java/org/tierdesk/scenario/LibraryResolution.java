package org.tierdesk.scenario;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tierdesk.program.Program;
import org.tierdesk.program.ProgramLibrary;
import org.tierdesk.program.file.ProgramFileException;

/**
 * Resolves a scenario's program through the program library: an id it knows, or a program file. A reference that
 * is neither is reported at the scenario's {@code program:} line; a program file with a mistake is reported at the
 * program file's own line, and the scenario line says which file that was.
 */
final class LibraryResolution implements ProgramResolution {
    private final ProgramLibrary library;

    LibraryResolution(ProgramLibrary library) {
        this.library = library;
    }

    @Override
    public Program resolve(String reference, Path relativeTo, Problems problems, int referenceLine) {
        try {
            Optional<Program> program = library.resolve(reference, relativeTo);
            if (program.isPresent()) {
                return program.get();
            }
            problems.add(referenceLine, looksLikePath(reference)
                    ? "program file '" + reference + "' not found" + (relativeTo == null ? ""
                            : " (looked for " + relativeTo.resolve(reference).normalize() + ")")
                    : "unknown program '" + reference + "' (known ids: " + knownIds()
                            + "; or give the path of a program file)");
        } catch (ProgramFileException e) {
            problems.add(referenceLine, "program file '" + reference + "' cannot be used: it has a mistake at "
                    + e.file() + ":" + e.line());
            problems.add(new ScenarioProblem(e.file(), e.line(), e.reason()));
        } catch (UncheckedIOException e) {
            problems.add(referenceLine, "program file '" + reference + "' cannot be read: "
                    + e.getCause().getMessage());
        }
        return null;
    }

    private String knownIds() {
        return library.all().stream().map(Program::id).collect(Collectors.joining(", "));
    }

    private static boolean looksLikePath(String reference) {
        String lower = reference.toLowerCase(java.util.Locale.ROOT);
        return reference.contains("/") || reference.contains("\\") || lower.endsWith(".yaml") || lower.endsWith(".yml");
    }
}
