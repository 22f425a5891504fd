package org.tierdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Bad scenario files: {@code tierdesk evaluate} exits 2, prints nothing on standard output, and names the file,
 * the line and the reason on standard error ("file:line: reason"), first line first.
 */
class BadScenarioFilesTest {

    @ParameterizedTest(name = "{0} → line {1}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown-key.yaml               | 6 | unknown key 'colour' in sale 2
            unknown-top-level-key.yaml     | 4 | unknown key 'salez' in the scenario
            unknown-tier.yaml              | 6 | unknown tier 'platinum' for program bitrix
            unknown-tier-in-history.yaml   | 8 | unknown tier 'diamond' for program leo-backup
            unknown-category.yaml          | 6 | unknown category 'license' for program smart-soft
            unknown-certification.yaml     | 9 | unknown certification 'oracle-dba' for program bitrix
            unknown-activity-type.yaml     | 6 | unknown activity type 'webinar' for program asoft
            unknown-checklist-item.yaml    | 7 | unknown checklist item 'free-coffee' for program leo-backup
            negative-amount.yaml           | 6 | negative amount -990 for 'amount' in sale 2
            negative-plan.yaml             | 6 | negative amount -5000000 for 'amount' in plan 1
            zero-rate.yaml                 | 5 | 'rate' in rate 1 must be above zero, not 0
            malformed-date.yaml            | 6 | malformed date '2026-02-30' for 'date' in sale 2
            malformed-as-of.yaml           | 2 | malformed date '23.11.2026' for 'asOf' in the scenario
            no-rate.yaml                   | 6 | no exchange rate from EUR to USD (the program's currency) in force on 2026-05-10 for sale 2
            no-rate-for-plan.yaml          | 5 | no exchange rate from USD to RUB (the program's currency) in force on 2026-01-01 for plan 1
            no-rate-for-activity-cost.yaml | 5 | no exchange rate from EUR to RUB (the program's currency) in force on 2026-03-01 for activity 1
            wrong-type.yaml                | 5 | 'amount' in sale 1 must be a number, not 'lots'
            wrong-type-list.yaml           | 4 | 'staff' in the scenario must be a list, not 'Ivan Petrov'
            missing-required.yaml          | 6 | missing required key 'date' in sale 2
            missing-program.yaml           | 2 | missing required key 'program' in the scenario
            yaml-syntax.yaml               | 5 | not valid YAML: the '{' opened on this line is not closed with '}'
            yaml-indentation.yaml          | 5 | not valid YAML: expected <block end>
            unknown-program.yaml           | 1 | unknown program 'oracle-partner-network'
            missing-program-file.yaml      | 2 | program file 'programs/nowhere.yaml' not found
            bad-program-file.yaml          | 2 | program file 'broken-program.yaml' cannot be used
            """)
    void aBadScenarioExitsWithTwoAndNamesTheFileLineAndReason(String file, int line, String reason) {
        Path scenario = CliRun.resource("bad/" + file);
        CliRun run = CliRun.of("evaluate", scenario.toString(), "--format", "json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().findFirst()).hasValueSatisfying(first ->
                assertThat(first).startsWith(scenario + ":" + line + ": " + reason));
    }

    @Test
    void aMistakeInTheProgramFileIsReportedAtTheProgramFilesLine() {
        CliRun run = CliRun.of("evaluate", CliRun.resource("bad/bad-program-file.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        List<String> lines = run.err().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("broken-program.yaml:71: ").contains("-40");
    }

    @Test
    void everyMistakeOfAFileIsReportedFirstLineFirst() {
        CliRun run = CliRun.of("evaluate", CliRun.resource("bad/several-mistakes.yaml").toString(), "--format", "json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().map(l -> l.replaceFirst("^.*several-mistakes\\.yaml:(\\d+): .*$", "$1")))
                .containsExactly("3", "6", "8", "9", "11");
    }

    @Test
    void aMissingScenarioFileExitsWithTwo() {
        CliRun run = CliRun.of("evaluate", "no/such/scenario.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("no/such/scenario.yaml:1: no such scenario file");
    }
}
