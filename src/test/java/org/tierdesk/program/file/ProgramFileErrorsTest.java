package org.tierdesk.program.file;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.InputStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Each file in program-errors/ holds one mistake; the reader names its line and what is wrong. */
class ProgramFileErrorsTest {

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("yaml-syntax", 26, "YAML syntax error: expected ',' or '}'"),
                Arguments.of("yaml-bad-indentation", 24, "YAML syntax error"),
                Arguments.of("unknown-top-level-key", 7, "unknown key 'colour' in the program"),
                Arguments.of("unknown-requirement-key", 29, "unknown key 'minimun' in the 'activity-count' requirement"),
                Arguments.of("wrong-type", 28, "'count' must be a number, found the text 'two'"),
                Arguments.of("missing-required-key", 23, "tier 'gold' has no 'label'"),
                Arguments.of("missing-requirement-key", 22, "has no 'item'"),
                Arguments.of("unknown-tier-in-includes", 25, "unknown tier 'silver'"),
                Arguments.of("unknown-tier-in-bonus", 33, "unknown tier 'platinum'"),
                Arguments.of("unknown-tier-in-tier-qualified", 33, "unknown tier 'silver'"),
                Arguments.of("unknown-tier-in-holding-bonus", 32, "unknown tier 'bronze'"),
                Arguments.of("include-cycle", 26, "tiers include each other in a cycle: member → gold → member"),
                Arguments.of("tier-qualified-cycle", 38, "a tier cannot depend on itself"),
                Arguments.of("include-and-tier-qualified-cycle", 30, "a tier cannot depend on itself"),
                Arguments.of("negative-percentage", 26, "must be a percentage from 0 to 100, found -5"),
                Arguments.of("percentage-over-100", 33, "must be a percentage from 0 to 100, found 120"),
                Arguments.of("cap-over-100", 7, "'rewardCap' must be a percentage from 0 to 100, found 140"),
                Arguments.of("duplicate-tier-id", 29, "duplicate tier id 'member'"),
                Arguments.of("duplicate-requirement-id", 29,
                        "duplicate requirement id 'certified-acme-engineer' in tier 'gold'"),
                Arguments.of("duplicate-checklist-id", 15, "duplicate checklist item id 'agreement'"),
                Arguments.of("duplicate-yaml-key", 25, "the key 'label' appears twice"),
                Arguments.of("unknown-certification", 28,
                        "unknown certification 'acme-sales': declare it under 'certifications' or use one of: acme-engineer"),
                Arguments.of("unknown-checklist-item", 22, "unknown checklist item 'nda'"),
                Arguments.of("unknown-activity-type", 29, "unknown activity type 'seminar'"),
                Arguments.of("unknown-role", 29, "unknown role 'engineer'"),
                Arguments.of("unknown-category", 26, "unknown reward category 'hardware'"),
                Arguments.of("brackets-out-of-order", 34, "brackets out of order"),
                Arguments.of("unknown-window", 29, "unknown window 'last-quarter'; use one of: last-complete-month"),
                Arguments.of("unknown-requirement-kind", 22, "unknown requirement kind 'checkbox'"),
                Arguments.of("bad-id", 23, "tier 'id' 'Gold Plus' is not a valid id"),
                Arguments.of("bad-date", 3, "'effectiveFrom' must be a date like 2026-01-31"),
                Arguments.of("add-on-without-base", 29, "add-on tier 'service' needs a 'tier-qualified' requirement"));
    }

    @ParameterizedTest(name = "{0} is reported at line {1}")
    @MethodSource("badFiles")
    void aBadProgramFileIsRejectedWithItsLineAndReason(String name, int line, String reason) throws Exception {
        String fileName = name + ".yaml";
        ProgramFileException problem;
        try (InputStream in = getClass().getResourceAsStream("/program-errors/" + fileName)) {
            assertThat(in).as(fileName).isNotNull();
            problem = catchThrowableOfType(ProgramFileException.class,
                    () -> new ProgramFileReader().read(fileName, in));
        }

        assertThat(problem).as(fileName + " must be rejected").isNotNull();
        assertThat(problem.file()).isEqualTo(fileName);
        assertThat(problem.line()).as(problem.getMessage()).isEqualTo(line);
        assertThat(problem.reason()).contains(reason);
        assertThat(problem.getMessage()).isEqualTo(fileName + ":" + line + ": " + problem.reason());
    }
}
