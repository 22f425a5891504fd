package org.tierdesk.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tierdesk.engine.facts.Activity;
import org.tierdesk.engine.facts.ChecklistMark;
import org.tierdesk.engine.facts.Money;
import org.tierdesk.engine.facts.Sale;

class ScenarioReaderTest {

    private static Scenario read(String yaml) throws Exception {
        return SmallProgram.read(yaml);
    }

    private static ScenarioException failure(String yaml) {
        return catchThrowableOfType(ScenarioException.class, () -> read(yaml));
    }

    @Test
    void fillsTheDefaultsScenariosMdGives() throws Exception {
        Scenario scenario = read("""
                program: small
                partner: {name: Acme, joined: 2025-03-01}
                sales:
                  - {date: 2026-05-10, amount: 330}
                activities:
                  - {date: 2026-06-01, type: seminar}
                checklist:
                  partner-agreement: true
                  nda: 2025-03-01
                """);
        assertThat(scenario.asOf()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(scenario.facts().sales()).containsExactly(new Sale(1, LocalDate.of(2026, 5, 10),
                new Money(new BigDecimal("330"), "USD"), "license", 1, null, null));
        assertThat(scenario.facts().activities()).containsExactly(
                new Activity(1, LocalDate.of(2026, 6, 1), "seminar", false, null, null));
        assertThat(scenario.facts().checklist()).containsEntry("nda",
                new ChecklistMark("nda", true, LocalDate.of(2025, 3, 1)));
        assertThat(scenario.facts().checklist()).containsEntry("partner-agreement",
                new ChecklistMark("partner-agreement", true, null));
        assertThat(scenario.facts().profile().heldTier()).isNull();
    }

    @Test
    void givesSalesActivitiesAndStaffTheirPositionAsId() throws Exception {
        Scenario scenario = read("""
                program: small
                partner: {joined: 2025-03-01}
                staff:
                  - {name: A, roles: [sales]}
                  - {name: B, roles: []}
                sales:
                  - {date: 2026-05-10, amount: 1}
                  - {date: 2026-05-11, amount: 2}
                activities:
                  - {date: 2026-06-01, type: seminar}
                  - {date: 2026-06-02, type: case-study}
                """);
        assertThat(scenario.facts().staff()).extracting(s -> s.id()).containsExactly(1L, 2L);
        assertThat(scenario.facts().sales()).extracting(Sale::id).containsExactly(1L, 2L);
        assertThat(scenario.facts().activities()).extracting(Activity::id).containsExactly(1L, 2L);
        assertThat(scenario.facts().profile().name()).isEqualTo("case");
    }

    @Test
    void reportsEveryMistakeOfTheFileFirstLineFirst() {
        ScenarioException e = failure("""
                program: small
                partner:
                  joined: 2025-03-01
                  heldTier: platinum
                sales:
                  - {date: 2026-05-10, amount: -5}
                  - {date: 2026-13-01, amount: 5, colour: red}
                activities:
                  - {date: 2026-06-01, type: webinar}
                """);
        assertThat(e.problems()).extracting(ScenarioProblem::line).containsExactly(4, 6, 7, 7, 9);
        assertThat(e.getMessage()).startsWith("case.yaml:4: unknown tier 'platinum' for program small");
        assertThat(e.getMessage()).contains("case.yaml:6: negative amount -5 for 'amount' in sale 1");
        assertThat(e.getMessage()).contains("case.yaml:7: malformed date '2026-13-01'");
        assertThat(e.getMessage()).contains("case.yaml:7: unknown key 'colour' in sale 2");
        assertThat(e.getMessage()).contains("case.yaml:9: unknown activity type 'webinar'");
    }

    @Test
    void refusesAForeignSaleWithoutARateInForceOnItsDate() {
        ScenarioException e = failure("""
                program: small
                partner: {joined: 2025-03-01}
                sales:
                  - {date: 2026-05-10, amount: 1000, currency: RUB}
                rates:
                  - {date: 2026-06-01, from: USD, to: RUB, rate: 95.5}
                """);
        assertThat(e.getMessage()).isEqualTo("case.yaml:4: no exchange rate from RUB to USD (the program's currency)"
                + " in force on 2026-05-10 for sale 1; add a 'rates' entry dated on or before it");
    }

    @Test
    void acceptsARateEnteredTheOtherWayRound() throws Exception {
        Scenario scenario = read("""
                program: small
                partner: {joined: 2025-03-01}
                sales:
                  - {date: 2026-05-10, amount: 1000, currency: RUB}
                rates:
                  - {date: 2026-01-01, from: USD, to: RUB, rate: 95.5}
                """);
        assertThat(scenario.facts().sales().get(0).amount()).isEqualTo(new Money(new BigDecimal("1000"), "RUB"));
    }

    @Test
    void reportsAMissingRequiredKeyAtItsMapping() {
        ScenarioException e = failure("""
                program: small
                partner:
                  name: Acme
                sales:
                  - date: 2026-05-10
                    product: X
                """);
        assertThat(e.getMessage()).isEqualTo("""
                case.yaml:3: missing required key 'joined' in partner
                case.yaml:5: missing required key 'amount' in sale 1""");
    }

    @Test
    void reportsAWrongTypeWithTheValueItFound() {
        ScenarioException e = failure("""
                program: small
                partner: {joined: 2025-03-01}
                staff:
                  - {name: A, roles: sales}
                sales:
                  - {date: 2026-05-10, amount: lots, licenses: 1.5}
                activities:
                  - {date: 2026-06-01, type: seminar, approved: maybe}
                """);
        assertThat(e.getMessage()).isEqualTo("""
                case.yaml:4: 'roles' in staff member 1 must be a list, not 'sales'
                case.yaml:6: 'amount' in sale 1 must be a number, not 'lots'
                case.yaml:6: 'licenses' in sale 1 must be a whole number, not '1.5'
                case.yaml:8: 'approved' in activity 1 must be true or false, not 'maybe'""");
    }

    @Test
    void reportsAYamlSyntaxErrorAtItsLine() {
        ScenarioException e = failure("""
                program: small
                partner: {joined: 2025-03-01}
                sales:
                  - {date: 2026-05-10, amount: 5
                  - {date: 2026-05-11, amount: 6}
                """);
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).reason()).startsWith("not valid YAML: the '{' opened on this line is not closed");
        assertThat(e.problems().get(0).line()).isEqualTo(4);
    }

    @Test
    void reportsAnUnknownProgramAtItsLine() {
        ScenarioException e = failure("""
                # a comment first
                program: nowhere
                partner: {joined: 2025-03-01}
                """);
        assertThat(e.getMessage()).isEqualTo("case.yaml:2: unknown program 'nowhere'");
    }

    @Test
    void reportsUnknownCategoryCertificationAndChecklistItem() {
        ScenarioException e = failure("""
                program: small
                partner: {joined: 2025-03-01}
                staff:
                  - name: A
                    certifications:
                      - {id: oracle-dba, earned: 2026-01-01}
                sales:
                  - {date: 2026-05-10, amount: 5, category: services}
                checklist:
                  nda: true
                  logo: yes
                """);
        assertThat(e.problems()).extracting(ScenarioProblem::line).containsExactly(6, 8, 11);
        assertThat(e.problems()).extracting(ScenarioProblem::reason).allMatch(r -> r.startsWith("unknown "));
    }

    @Test
    void refusesDuplicateKeys() {
        ScenarioException e = failure("""
                program: small
                partner: {joined: 2025-03-01}
                sales:
                  - {date: 2026-05-10, amount: 5, amount: 6}
                """);
        assertThat(e.getMessage()).startsWith("case.yaml:4: duplicate key 'amount'");
    }

    @Test
    void readsAFileSavedWithAByteOrderMark(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("bom.yaml");
        Files.write(file, ("\uFEFFprogram: small\npartner: {name: \"ООО Пример\", joined: 2025-03-01}\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(SmallProgram.read(file).facts().profile().name()).isEqualTo("ООО Пример");
    }

    @Test
    void refusesAFileThatIsNotUtf8(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("cp1251.yaml");
        Files.write(file, "program: small\npartner: {name: \"ООО Пример\", joined: 2025-03-01}\n"
                .getBytes(Charset.forName("windows-1251")));
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> SmallProgram.read(file));
        assertThat(e.getMessage()).isEqualTo(file + ":1: not UTF-8 text: save the scenario file as UTF-8");
    }
}
