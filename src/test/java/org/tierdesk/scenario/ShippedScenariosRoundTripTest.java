package org.tierdesk.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tierdesk.program.ProgramLibrary;

/** Every acceptance scenario of the five shipped programs, written and read back, gives the same facts. */
class ShippedScenariosRoundTripTest {
    private static final ScenarioReader READER =
            new ScenarioReader(Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));

    static Stream<Path> scenarios() throws Exception {
        Path root = folder();
        return Files.walk(root).filter(p -> p.toString().endsWith(".yaml"))
                .filter(p -> !p.getParent().getFileName().toString().equals("bad")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void writtenScenarioReadsBackToTheSameFacts(Path file, @TempDir Path folder) throws Exception {
        ProgramLibrary programs = ProgramLibrary.shippedOnly();
        Scenario original = READER.read(file, programs);
        Path copy = folder.resolve(file.getFileName());
        new ScenarioWriter().write(original, copy);
        Scenario again = READER.read(copy, programs);
        assertThat(again).isEqualTo(original);
    }

    private static Path folder() throws URISyntaxException {
        return Path.of(ShippedScenariosRoundTripTest.class.getClassLoader().getResource("scenarios").toURI());
    }
}
