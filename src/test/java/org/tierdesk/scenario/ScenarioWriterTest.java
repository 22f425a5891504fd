package org.tierdesk.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioWriterTest {
    private static final String FULL = """
            program: small
            asOf: 2026-11-23
            partner:
              name: "ООО \\"Пример\\": yes"
              joined: 2025-03-01
              heldTier: business
              tierHistory:
                - {tier: business, since: 2025-03-01}
                - {tier: certified, since: 2026-02-01, reason: granted, changedBy: anna}
            staff:
              - name: "Ivan Petrov"
                roles: [sales, technical]
                certifications:
                  - {id: bitrix-engineer, earned: 2026-02-01, expires: 2027-02-01}
                  - {id: bitrix-sales, earned: 2026-03-01}
              - {name: "true", roles: []}
            sales:
              - {date: 2026-05-10, amount: 330, currency: USD, category: license, licenses: 1, product: "Intranet"}
              - {date: 2026-05-12, amount: 990.50, product: "yes", returned: 2026-06-02}
              - {date: 2026-05-13, amount: 12000, currency: RUB, category: hardware, licenses: 0, product: "123"}
            activities:
              - {date: 2026-06-01, type: case-study, approved: true, cost: 0, currency: USD}
              - {date: 2026-06-02, type: seminar, cost: 500, currency: RUB, description: "null"}
            checklist:
              partner-agreement: true
              nda: 2025-03-01
            plans:
              - {year: 2026, amount: 100000, currency: RUB}
            rates:
              - {date: 2026-01-01, from: USD, to: RUB, rate: 95.5}
            """;

    @Test
    void writtenScenarioReadsBackToTheSameFacts() throws Exception {
        Scenario original = read(FULL);
        String written = new ScenarioWriter().write(original);
        Scenario again = read(written);
        assertThat(again).isEqualTo(original);
    }

    @Test
    void writesUncheckedChecklistItemsAsFalse() throws Exception {
        Scenario original = read("""
                program: small
                partner: {name: Acme, joined: 2025-03-01}
                checklist: {nda: false}
                """);
        String written = new ScenarioWriter().write(original);
        assertThat(written).contains("nda: false");
        assertThat(read(written)).isEqualTo(original);
    }

    @Test
    void writesAFileThatReadsBack(@TempDir Path folder) throws Exception {
        Scenario original = read(FULL);
        Path file = folder.resolve("acme.yaml");
        new ScenarioWriter().write(original, file);
        assertThat(SmallProgram.read(file)).isEqualTo(original);
        try (var listing = Files.list(folder)) {
            assertThat(listing).containsExactly(file);
        }
    }

    private static Scenario read(String yaml) throws Exception {
        return SmallProgram.read(yaml);
    }
}
