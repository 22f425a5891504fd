package org.tierdesk.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.tierdesk.program.ProgramLibrary;
import org.tierdesk.scenario.Scenario;
import org.tierdesk.scenario.ScenarioException;
import org.tierdesk.scenario.ScenarioProblem;
import org.tierdesk.scenario.ScenarioReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed scenario files: the valid test scenarios of the five programs mutated {@value #TRIES} times. Each read
 * gives a scenario or a {@link ScenarioException} whose every problem names the file and a line inside it.
 */
class ScenarioFileFuzzTest {
    static final int TRIES = 1_000;
    private static final ProgramLibrary PROGRAMS = ProgramLibrary.shippedOnly();
    private static final List<String> VALID = validScenarios();

    @Property(tries = TRIES, seed = "20261124")
    void aMutatedScenarioFileIsReadOrRefusedWithItsLine(@ForAll("scenarioFiles") String original,
                                                        @ForAll("mutations") List<Mutation> mutations) {
        String text = Mutations.apply(original, mutations);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Deadline.Outcome<Scenario> outcome = Deadline.run(Duration.ofSeconds(5),
                () -> read(bytes));

        Statistics.collect(outcome.failure() == null ? "read" : "refused");
        Statistics.coverage(checker -> {
            checker.check("refused").percentage(p -> p > 30);
            checker.check("read").count(n -> n > 0);
        });
        if (outcome.failure() == null) {
            assertThat(outcome.value()).isNotNull();
            return;
        }
        Throwable failure = outcome.failure() instanceof UncheckedScenario wrapped ? wrapped.getCause()
                : outcome.failure();
        assertThat(failure).as("%s on%n%s", failure, text).isInstanceOf(ScenarioException.class);
        List<ScenarioProblem> problems = ((ScenarioException) failure).problems();
        assertThat(problems).isNotEmpty();
        for (ScenarioProblem problem : problems) {
            assertThat(problem.file()).isEqualTo("fuzzed.yaml");
            assertThat(problem.line()).as(problem.toString()).isBetween(1, Lines.count(text) + 1);
            assertThat(problem.reason()).isNotBlank();
        }
    }

    private static Scenario read(byte[] bytes) {
        try {
            return new ScenarioReader().read("fuzzed.yaml", new ByteArrayInputStream(bytes), PROGRAMS);
        } catch (ScenarioException e) {
            throw new UncheckedScenario(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Carries the checked refusal out of the deadline's worker. */
    private static final class UncheckedScenario extends RuntimeException {
        UncheckedScenario(ScenarioException cause) {
            super(cause);
        }
    }

    @Provide
    Arbitrary<String> scenarioFiles() {
        return Arbitraries.of(VALID);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Mutations.several();
    }

    /** Every scenario under the test resources except the deliberately bad ones. */
    private static List<String> validScenarios() {
        try {
            Path root = Path.of(ScenarioFileFuzzTest.class.getClassLoader().getResource("scenarios").toURI());
            try (Stream<Path> files = Files.walk(root)) {
                List<String> texts = files.filter(f -> f.toString().endsWith(".yaml"))
                        .filter(f -> !root.relativize(f).startsWith("bad"))
                        .sorted()
                        .map(ScenarioFileFuzzTest::text)
                        .toList();
                if (texts.isEmpty()) {
                    throw new IllegalStateException("no valid scenarios under " + root);
                }
                return texts;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
