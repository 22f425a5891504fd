package org.tierdesk.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.program.Program;
import org.tierdesk.program.ProgramLibrary;

/**
 * Reads scenario files (SCENARIOS.md). Strict: an unknown key, an id the program does not define, a negative
 * amount, a malformed date, an amount no rate converts, a value of the wrong type or a missing required key is
 * reported with the file, the line and the reason; every such mistake of a file is reported together and nothing
 * comes back.
 */
public final class ScenarioReader {
    static final List<String> TOP_KEYS =
            List.of("program", "asOf", "partner", "staff", "sales", "activities", "checklist", "plans", "rates");

    private final Clock clock;

    /** A reader whose default {@code asOf} is today. */
    public ScenarioReader() {
        this(Clock.systemDefaultZone());
    }

    /** A reader whose default {@code asOf} is {@code clock}'s today. */
    public ScenarioReader(Clock clock) {
        this.clock = clock;
    }

    /** Reads {@code file}; a relative program path in it is taken from the file's folder. */
    public Scenario read(Path file, ProgramLibrary programs) throws ScenarioException, IOException {
        return read(file, new LibraryResolution(programs));
    }

    /**
     * Reads a scenario from a stream (an import); {@code fileName} names it in messages, and a relative program
     * path in it is taken from the working folder.
     */
    public Scenario read(String fileName, InputStream in, ProgramLibrary programs)
            throws ScenarioException, IOException {
        return read(fileName, in, new LibraryResolution(programs));
    }

    Scenario read(Path file, ProgramResolution programs) throws ScenarioException, IOException {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(List.of(new ScenarioProblem(name, 1, "no such scenario file")));
        }
        return read(name, text(name, bytes), file.toAbsolutePath().getParent(), programs);
    }

    Scenario read(String fileName, InputStream in, ProgramResolution programs) throws ScenarioException, IOException {
        return read(fileName, text(fileName, in.readAllBytes()), null, programs);
    }

    /** Strict UTF-8 (a Windows-1251 file would otherwise turn names into question marks), without a leading BOM. */
    private static Reader text(String fileName, byte[] bytes) throws ScenarioException {
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new StringReader(decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded);
        } catch (CharacterCodingException e) {
            throw new ScenarioException(List.of(new ScenarioProblem(fileName, 1,
                    "not UTF-8 text: save the scenario file as UTF-8")));
        }
    }

    private Scenario read(String fileName, Reader text, Path folder, ProgramResolution programs)
            throws ScenarioException, IOException {
        Problems problems = new Problems(fileName);
        ScenarioNode root = new ScenarioYaml(fileName).parse(text);
        if (root == null) {
            throw new ScenarioException(List.of(new ScenarioProblem(fileName, 1,
                    "empty scenario file (it needs at least 'program' and 'partner')")));
        }
        Optional<MappingFields> top = MappingFields.of(root, "the scenario", TOP_KEYS, problems);
        if (top.isEmpty()) {
            problems.throwIfAny();
        }
        MappingFields fields = top.get();
        Optional<String> reference = fields.text("program", true);
        LocalDate asOf = fields.date("asOf", false).orElse(null);
        if (reference.isEmpty()) {
            problems.throwIfAny();
        }
        // Without its program nothing else can be checked: its problems alone are reported.
        Program program = programs.resolve(reference.get(), folder, problems, fields.line("program"));
        if (program == null) {
            problems.throwIfAny();
            throw new IllegalStateException("program '" + reference.get() + "' unresolved without a reason");
        }
        PartnerFacts facts = new PartnerFactsReader(program, problems, partnerNameFrom(fileName)).read(fields);
        problems.throwIfAny();
        return new Scenario(reference.get(), program, asOf != null ? asOf : LocalDate.now(clock), facts);
    }

    /** A scenario without a partner name is named after its file ("acme.yaml" → "acme"). */
    private static String partnerNameFrom(String fileName) {
        String base = Path.of(fileName).getFileName().toString();
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
