package org.tierdesk.program;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProgramLibraryTest {

    @Test
    void shipsTheFiveProgramsInIndexOrder() {
        assertThat(ProgramLibrary.shippedOnly().shipped()).extracting(Program::id)
                .containsExactly("leo-backup", "asoft", "intelligent-platforms", "smart-soft", "bitrix");
    }

    @Test
    void parsesTheShippedProgramsOnce() {
        assertThat(ProgramLibrary.shippedOnly().byId("bitrix").orElseThrow())
                .isSameAs(ProgramLibrary.load(null).byId("bitrix").orElseThrow());
    }

    @Test
    void aBadUserFileHidesNoGoodProgramAndBecomesOneProblem(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("acme.yaml"), """
                id: acme
                version: "1"
                effectiveFrom: 2026-01-01
                vendor: Acme
                name: Acme Partners
                currency: EUR
                tiers:
                  - {id: member, label: Member}
                """);
        Files.writeString(folder.resolve("broken.yaml"), """
                id: broken
                version: "1"
                effectiveFrom: 2026-01-01
                vendor: Broken
                name: Broken Partners
                currency: EUR
                tiers:
                  - id: member
                    label: Member
                    rewards: {license: 120}
                """);
        Files.writeString(folder.resolve("notes.txt"), "not a program");

        ProgramLibrary library = ProgramLibrary.load(folder);

        assertThat(library.all()).extracting(Program::id)
                .containsExactly("leo-backup", "asoft", "intelligent-platforms", "smart-soft", "bitrix", "acme");
        assertThat(library.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).endsWith("broken.yaml");
            assertThat(problem.line()).isEqualTo(10);
        });
    }

    @Test
    void aUserFileMayNotTakeAShippedProgramsId(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("my-bitrix.yaml"), """
                # my own copy
                id: bitrix
                version: "2"
                effectiveFrom: 2026-01-01
                vendor: Bitrix
                name: Bitrix
                currency: USD
                tiers:
                  - {id: business, label: Business}
                """);

        ProgramLibrary library = ProgramLibrary.load(folder);

        assertThat(library.byId("bitrix").orElseThrow().version()).isEqualTo("2011-02");
        assertThat(library.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.reason()).contains("'bitrix' is already used");
        });
    }

    @Test
    void resolvesAScenariosProgramByIdOrByPathRelativeToTheScenario(@TempDir Path folder) throws IOException {
        Path programs = Files.createDirectories(folder.resolve("programs"));
        Files.writeString(programs.resolve("acme.yaml"), """
                id: acme
                version: "1"
                effectiveFrom: 2026-01-01
                vendor: Acme
                name: Acme Partners
                currency: EUR
                tiers:
                  - {id: member, label: Member}
                """);
        Path scenario = Files.writeString(folder.resolve("partner.yaml"), "program: programs/acme.yaml\n");
        ProgramLibrary library = ProgramLibrary.shippedOnly();

        assertThat(library.resolve("asoft", scenario).orElseThrow().id()).isEqualTo("asoft");
        assertThat(library.resolve("programs/acme.yaml", scenario).orElseThrow().id()).isEqualTo("acme");
        assertThat(library.resolve("programs/acme.yaml", folder).orElseThrow())
                .isSameAs(library.resolve("programs/acme.yaml", scenario).orElseThrow());
        assertThat(library.resolve("no-such-program", scenario)).isEmpty();
    }

    @Test
    void resolvingABadProgramFileReportsItsLine(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("bad.yaml"), "id: bad\nversion: \"1\"\ncolour: red\n");

        assertThatThrownBy(() -> ProgramLibrary.shippedOnly().resolve("bad.yaml", folder))
                .isInstanceOf(org.tierdesk.program.file.ProgramFileException.class)
                .hasMessageEndingWith("bad.yaml:3: unknown key 'colour' in the program; allowed keys: accumulation,"
                        + " activityTypes, bonuses, certifications, checklist, currency, downgrade, effectiveFrom,"
                        + " firstSaleDiscount, id, membership, name, pointsRules, rewardCap, rewardCategories, roles,"
                        + " terms, tiers, vendor, version");
    }
}
