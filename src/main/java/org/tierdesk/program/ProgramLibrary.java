package org.tierdesk.program;

import org.tierdesk.program.file.ProgramFileException;
import org.tierdesk.program.file.ProgramFileReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The programs TierDesk knows: the five shipped with it (read once from the classpath) and the manager's own
 * program files from a folder. A bad user file is kept aside in {@link #problems()} so it hides no good program.
 */
public final class ProgramLibrary {
    private static final String INDEX = "programs/index.txt";

    private final List<Program> shipped;
    private final List<Program> user;
    private final List<ProgramFileException> problems;
    private final Map<Path, Program> byPath = new ConcurrentHashMap<>();

    private ProgramLibrary(List<Program> shipped, List<Program> user, List<ProgramFileException> problems) {
        this.shipped = shipped;
        this.user = List.copyOf(user);
        this.problems = List.copyOf(problems);
    }

    /** The shipped programs only. */
    public static ProgramLibrary shippedOnly() {
        return new ProgramLibrary(Shipped.PROGRAMS, List.of(), List.of());
    }

    /** The shipped programs plus every *.yaml / *.yml in {@code userProgramsFolder} (which may not exist yet). */
    public static ProgramLibrary load(Path userProgramsFolder) {
        List<Program> user = new ArrayList<>();
        List<ProgramFileException> problems = new ArrayList<>();
        List<String> taken = new ArrayList<>(Shipped.PROGRAMS.stream().map(Program::id).toList());
        ProgramFileReader reader = new ProgramFileReader();
        for (Path file : programFiles(userProgramsFolder)) {
            try {
                Program program = reader.read(file);
                if (taken.contains(program.id())) {
                    problems.add(new ProgramFileException(file.toString(), idLine(file), "program id '"
                            + program.id() + "' is already used by another program; give this file its own 'id'"));
                    continue;
                }
                taken.add(program.id());
                user.add(program);
            } catch (ProgramFileException e) {
                problems.add(e);
            }
        }
        return new ProgramLibrary(Shipped.PROGRAMS, user, problems);
    }

    public List<Program> shipped() {
        return shipped;
    }

    /** Shipped programs first (in index order), then the user's in file-name order. */
    public List<Program> all() {
        return Stream.concat(shipped.stream(), user.stream()).toList();
    }

    public Optional<Program> byId(String id) {
        return all().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** User program files that could not be read, each with its file, line and reason. */
    public List<ProgramFileException> problems() {
        return problems;
    }

    /**
     * A scenario's {@code program:} value: a known program id, else a program file path (relative paths against
     * {@code relativeTo}, a folder or a file whose folder is used). Empty when it is neither; a program file that
     * exists but is bad throws its {@link ProgramFileException}.
     */
    public Optional<Program> resolve(String idOrPath, Path relativeTo) {
        Optional<Program> known = byId(idOrPath);
        if (known.isPresent()) {
            return known;
        }
        Path file;
        try {
            file = Path.of(idOrPath);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (!file.isAbsolute() && relativeTo != null) {
            Path base = Files.isDirectory(relativeTo) ? relativeTo : relativeTo.toAbsolutePath().getParent();
            file = base == null ? file : base.resolve(file);
        }
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Path key = file.toAbsolutePath().normalize();
        return Optional.of(byPath.computeIfAbsent(key, k -> new ProgramFileReader().read(k)));
    }

    private static List<Path> programFiles(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.{yaml,yml}")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list program files in " + folder, e);
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return files;
    }

    private static int idLine(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("id:")) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            return 1;
        }
        return 1;
    }

    /** The shipped programs, parsed once per JVM on first use; a bad shipped file is a build defect. */
    private static final class Shipped {
        static final List<Program> PROGRAMS = readAll();

        private static List<Program> readAll() {
            ClassLoader loader = ProgramLibrary.class.getClassLoader();
            ProgramFileReader reader = new ProgramFileReader();
            List<Program> programs = new ArrayList<>();
            for (String name : index(loader)) {
                String resource = "programs/" + name;
                try (InputStream in = loader.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException(INDEX + " lists " + name + " but " + resource + " is missing");
                    }
                    programs.add(reader.read(resource, in));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (ProgramFileException e) {
                    throw new IllegalStateException("shipped program file is invalid: " + e.getMessage(), e);
                }
            }
            return List.copyOf(programs);
        }

        private static List<String> index(ClassLoader loader) {
            try (InputStream in = loader.getResourceAsStream(INDEX)) {
                if (in == null) {
                    throw new IllegalStateException("missing classpath resource " + INDEX);
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                return lines.lines().map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
