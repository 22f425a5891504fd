package org.tierdesk.ui.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.tierdesk.cli.TierdeskCommand;
import org.tierdesk.store.PartnerDraft;
import org.tierdesk.store.PortfolioEntry;
import org.tierdesk.ui.DeskFixture;
import org.tierdesk.ui.Language;
import org.tierdesk.ui.PreparedFiles;

/** File → Import scenario... and Export scenario..., the file chooser answered by a prepared file. */
@ExtendWith(ApplicationExtension.class)
class ScenarioMenuTest {
    private static final String AS_OF = "2026-11-23";

    @TempDir
    Path dataFolder;
    @TempDir
    Path files;
    private DeskFixture desk;
    private final PreparedFiles picker = new PreparedFiles();

    @BeforeAll
    static void warmUp(@TempDir Path scratch) {
        DeskFixture.warmUp(scratch);
    }

    @Start
    void start(Stage stage) {
        desk = new DeskFixture(dataFolder, Language.ENGLISH);
        desk.store().partners().create(new PartnerDraft("Acme Integration", "bitrix", "Almaty",
                LocalDate.of(2025, 3, 1), null, null));
        desk.show(stage).useFilePicker(picker);
    }

    @AfterEach
    void closeDatabase() {
        desk.close();
    }

    @Test
    void aScenarioBecomesANewPartnerWithAllItsFacts(FxRobot robot) throws Exception {
        picker.answer(copy("bitrix/gold-qualifies.yaml"));

        robot.clickOn("#menu-file").clickOn("#menu-import-scenario");

        waitForPartnerScreen(robot, "Gold Co");
        long id = partnerNamed("Gold Co").id();
        assertThat(desk.store().staff().of(id)).hasSize(4);
        assertThat(desk.store().sales().count(id)).isEqualTo(1);
        assertThat(desk.store().activities().of(id)).hasSize(2);
        assertThat(desk.store().checklist().of(id)).hasSize(7);
        assertThat(desk.store().tierHistory().of(id)).hasSize(2);
    }

    @Test
    void aBadScenarioShowsEveryProblemWithItsLineAndImportsNothing(FxRobot robot) throws Exception {
        Path bad = copy("bad/several-mistakes.yaml");
        picker.answer(bad);

        robot.clickOn("#menu-file").clickOn("#menu-import-scenario");

        ListView<?> problems = robot.lookup("#scenario-problems").queryAs(ListView.class);
        List<String> shown = problems.getItems().stream().map(String::valueOf).toList();
        assertThat(shown).hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(p -> assertThat(p).matches(java.util.regex.Pattern.quote(bad.toString()) + ":\\d+: .+"));
        assertThat(shown).anySatisfy(p -> assertThat(p).startsWith(bad + ":3: unknown tier 'diamond'"));
        assertThat(shown).anySatisfy(p -> assertThat(p).startsWith(bad + ":8:"));
        robot.clickOn(robot.lookup("#scenario-refused .button").queryButton());
        assertThat(desk.store().partners().count()).isEqualTo(1);
    }

    @Test
    void theExportedPartnerEvaluatesToTheSameStanding(FxRobot robot) throws Exception {
        Path original = copy("bitrix/gold-qualifies.yaml");
        picker.answer(original);
        robot.clickOn("#menu-file").clickOn("#menu-import-scenario");
        waitForPartnerScreen(robot, "Gold Co");
        Path exported = files.resolve("exported.tierdesk.yaml");
        picker.answer(exported);

        robot.clickOn("#menu-file").clickOn("#menu-export-scenario");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(exported));
        JsonNode before = evaluate(original);
        JsonNode after = evaluate(exported);
        for (String key : List.of("program", "asOf", "heldTier", "heldSince", "qualifiedTiers", "nextTier",
                "upgradeDue", "atRisk", "points", "rewards")) {
            assertThat(after.get(key)).as(key).isEqualTo(before.get(key));
        }
        assertThat(after.get("requirements").size()).isEqualTo(before.get("requirements").size());
        for (int i = 0; i < before.get("requirements").size(); i++) {
            JsonNode expected = before.get("requirements").get(i);
            JsonNode actual = after.get("requirements").get(i);
            for (String key : List.of("tier", "id", "met", "current", "required")) {
                assertThat(actual.get(key)).as(expected.get("id") + "." + key).isEqualTo(expected.get(key));
            }
        }
    }

    private static void waitForPartnerScreen(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#partner-name").tryQuery()
                .map(n -> name.equals(((Label) n).getText()) && n.isVisible() && n.getScene() != null)
                .orElse(false));
    }

    private static JsonNode evaluate(Path scenario) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TierdeskCommand.run(new String[] {"evaluate", scenario.toString(), "--as-of", AS_OF,
                "--format", "json"}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    private PortfolioEntry partnerNamed(String name) {
        return desk.store().partners().portfolio(LocalDate.now()).stream().filter(p -> p.name().equals(name))
                .findFirst().orElseThrow();
    }

    private Path copy(String scenario) throws Exception {
        Path source = Path.of(getClass().getClassLoader().getResource("scenarios/" + scenario).toURI());
        Path target = files.resolve(source.getFileName());
        Files.copy(source, target);
        return target;
    }
}
