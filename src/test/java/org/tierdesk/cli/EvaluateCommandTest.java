package org.tierdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The {@code evaluate} command itself: formats, --as-of, exit statuses, clean standard output. */
class EvaluateCommandTest {
    private static final String BITRIX = CliRun.resource("bitrix/certified-qualifies.yaml").toString();

    @Test
    void textFormatTellsThePartnerItsTiersGapsPointsAndRewards() {
        CliRun run = CliRun.of("evaluate", BITRIX);
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("Bitrix Partner Statuses (bitrix")
                .contains("Certified Co")
                .containsPattern("Held tier: +Certified Partner \\[certified\\] since 2026-03-01")
                .containsPattern("Qualified: +Business Partner \\[business\\], Certified Partner \\[certified\\]")
                .contains("To reach Gold Certified Partner [gold]:")
                .contains("1 251 more points")
                .contains("1 more certified bitrix-engineer")
                .containsPattern("Points: +749")
                .containsPattern("Rewards: +Licenses \\[license\\] 45 %");
    }

    @Test
    void textFormatListsTheBonusesEarned() {
        CliRun run = CliRun.of("evaluate", CliRun.resource("asoft/competency-all-bonuses-capped.yaml").toString(),
                "--format", "TEXT");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("Rewards: +Licenses \\[license\\] 40 %").contains("Bonuses:");
    }

    @Test
    void textFormatShowsAccumulationAndTheNextRate() {
        CliRun run = CliRun.of("evaluate",
                CliRun.resource("intelligent-platforms/accumulation-worked-example.yaml").toString(),
                "--as-of", "2026-05-15");
        assertThat(run.out()).containsPattern("Points: +20000")
                .contains("1000000 KZT purchases × 2 % = 20000 points")
                .contains("above 3000000 KZT (2000000 more) the rate is 4 %")
                .containsPattern("Rewards: +none published");
    }

    @Test
    void asOfOptionOverridesTheFilesDate() {
        JsonNode json = CliRun.of("evaluate", BITRIX, "--format=json", "--as-of", "2026-02-28").json();
        assertThat(json.get("asOf").asText()).isEqualTo("2026-02-28");
        assertThat(json.get("heldTier").asText()).isEqualTo("business");
        assertThat(json.get("points").toString()).isEqualTo("650");
    }

    @Test
    void jsonIsTheOnlyThingOnStandardOutput() {
        CliRun run = CliRun.of("evaluate", BITRIX, "--format", "json");
        assertThat(run.err()).isEmpty();
        assertThat(run.out().strip()).startsWith("{").endsWith("}");
        JsonNode json = run.json();
        assertThat(json.fieldNames()).toIterable().contains("program", "asOf", "heldTier", "qualifiedTiers", "points",
                "rewards", "requirements");
        for (JsonNode requirement : json.get("requirements")) {
            assertThat(requirement.fieldNames()).toIterable()
                    .contains("tier", "id", "met", "current", "required", "label");
        }
    }

    @Test
    void aBadFormatIsAUsageErrorWithExitStatusTwo() {
        CliRun run = CliRun.of("evaluate", BITRIX, "--format", "xml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--format").contains("Usage:");
    }

    @Test
    void aBadAsOfDateIsAUsageErrorWithExitStatusTwo() {
        CliRun run = CliRun.of("evaluate", BITRIX, "--as-of", "23.11.2026");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--as-of").contains("Usage:");
    }

    @Test
    void noSubcommandIsAUsageError() {
        CliRun run = CliRun.of("--bogus");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Usage: tierdesk");
    }

    @Test
    void helpExitsWithZeroAndNamesTheExitStatuses() {
        CliRun run = CliRun.of("evaluate", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: tierdesk evaluate").contains("--as-of=DATE").contains("Exit status:");
    }
}
