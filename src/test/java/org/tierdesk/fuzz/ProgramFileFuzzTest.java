package org.tierdesk.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.tierdesk.program.Program;
import org.tierdesk.program.file.ProgramFileException;
import org.tierdesk.program.file.ProgramFileReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed program files: the shipped files mutated {@value #TRIES} times. Each read either gives a program or a
 * {@link ProgramFileException} naming the file and a line inside it; never another exception, never a hang.
 */
class ProgramFileFuzzTest {
    static final int TRIES = 1_000;
    private static final List<String> SHIPPED = List.of("asoft", "bitrix", "intelligent-platforms", "leo-backup",
            "smart-soft").stream().map(ProgramFileFuzzTest::shipped).toList();

    @Property(tries = TRIES, seed = "20261123")
    void aMutatedProgramFileIsReadOrRefusedWithItsLine(@ForAll("programFiles") String original,
                                                        @ForAll("mutations") List<Mutation> mutations) {
        String text = Mutations.apply(original, mutations);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Deadline.Outcome<Program> outcome = Deadline.run(Duration.ofSeconds(5),
                () -> new ProgramFileReader().read("fuzzed.yaml", new ByteArrayInputStream(bytes)));

        Statistics.collect(outcome.failure() == null ? "read" : "refused");
        Statistics.coverage(checker -> {
            checker.check("refused").percentage(p -> p > 30);
            checker.check("read").count(n -> n > 0);
        });
        if (outcome.failure() == null) {
            assertThat(outcome.value().id()).isNotBlank();
            assertThat(outcome.value().tiers()).isNotEmpty();
            return;
        }
        assertThat(outcome.failure()).as("%s on%n%s", outcome.failure(), text)
                .isInstanceOf(ProgramFileException.class);
        ProgramFileException refused = (ProgramFileException) outcome.failure();
        assertThat(refused.file()).isEqualTo("fuzzed.yaml");
        assertThat(refused.line()).as(refused.getMessage()).isBetween(1, Lines.count(text) + 1);
        assertThat(refused.reason()).isNotBlank();
    }

    @Provide
    Arbitrary<String> programFiles() {
        return Arbitraries.of(SHIPPED);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Mutations.several();
    }

    private static String shipped(String id) {
        try (InputStream in = ProgramFileFuzzTest.class.getResourceAsStream("/programs/" + id + ".yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
