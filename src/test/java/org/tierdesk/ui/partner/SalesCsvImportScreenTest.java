package org.tierdesk.ui.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
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

import org.tierdesk.store.PartnerDraft;
import org.tierdesk.ui.DeskFixture;
import org.tierdesk.ui.FormRobot;
import org.tierdesk.ui.Language;
import org.tierdesk.ui.PreparedFiles;

/** Partner → Sales → Import CSV..., on a real database, the file chooser answered by a prepared file. */
@ExtendWith(ApplicationExtension.class)
class SalesCsvImportScreenTest {
    private static final String HEADER = "date,amount,currency,category,licenses,product,returned\n";

    @TempDir
    Path dataFolder;
    @TempDir
    Path files;
    private DeskFixture desk;
    private long partnerId;
    private final PreparedFiles picker = new PreparedFiles();

    @BeforeAll
    static void warmUp(@TempDir Path scratch) {
        DeskFixture.warmUp(scratch);
    }

    @Start
    void start(Stage stage) {
        desk = new DeskFixture(dataFolder, Language.ENGLISH);
        partnerId = desk.store().partners().create(new PartnerDraft("Acme Integration", "bitrix", "Almaty",
                LocalDate.of(2025, 3, 1), null, null));
        desk.show(stage).useFilePicker(picker);
        desk.window().shell().openPartner(partnerId);
    }

    @AfterEach
    void closeDatabase() {
        desk.close();
    }

    @Test
    void aFileWithABadSeventhLineIsRefusedWithTheLineAndNothingIsImported(FxRobot robot) throws Exception {
        StringBuilder text = new StringBuilder(HEADER);
        for (int line = 2; line <= 10; line++) {
            text.append("2026-03-0").append(line - 1).append(',').append(line == 7 ? "-40" : "100")
                    .append(",USD,license,1,Portal ").append(line).append(",\n");
        }
        Path file = files.resolve("march.csv");
        Files.writeString(file, text);
        picker.answer(file);

        robot.clickOn("#tab-sales");
        robot.clickOn("#import-sales-csv");

        ListView<?> problems = robot.lookup("#csv-problems").queryAs(ListView.class);
        assertThat(problems.getItems()).map(String::valueOf)
                .containsExactly("line 7: The amount must not be negative (it is -40).");
        assertThat(robot.lookup("#csv-import").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#csv-separator").queryAs(Label.class).getText()).isEqualTo("comma");
        assertThat(robot.lookup("#csv-date-format").queryAs(Label.class).getText()).isEqualTo("yyyy-MM-dd");
        assertThat(robot.lookup("#csv-preview").queryAs(TableView.class).getItems()).hasSize(9);
        robot.clickOn("#csv-cancel");

        assertThat(desk.store().sales().count(partnerId)).isZero();
        assertThat(robot.lookup("#sale-table").queryAs(TableView.class).getItems()).isEmpty();
    }

    @Test
    void aGoodFileImportsAndTheSalesTableShowsItsRows(FxRobot robot) throws Exception {
        Path file = files.resolve("russian.csv");
        Files.writeString(file, "\uFEFFДата;Сумма;Продукт\n10.05.2026;\"1 234,50\";Корпоративный портал\n"
                + "11.05.2026;330;Интранет\n12.05.2026;990;Интранет\n");
        picker.answer(file);

        robot.clickOn("#tab-sales");
        robot.clickOn("#import-sales-csv");
        assertThat(robot.lookup("#csv-separator").queryAs(Label.class).getText()).isEqualTo("semicolon");
        assertThat(robot.lookup("#csv-date-format").queryAs(Label.class).getText()).isEqualTo("dd.MM.yyyy");
        assertThat(robot.lookup("#csv-problems").queryAs(ListView.class).getItems()).isEmpty();
        robot.clickOn("#csv-import");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#sale-table").queryAs(TableView.class).getItems().size() == 3);
        assertThat(desk.store().sales().count(partnerId)).isEqualTo(3);
        assertThat(robot.lookup("#sale-table").lookup("Корпоративный портал").tryQuery()).isPresent();
    }

    @Test
    void theManagerChoosesTheColumnsAHeaderDoesNotName(FxRobot robot) throws Exception {
        Path file = files.resolve("export.csv");
        Files.writeString(file, "when,value,item\n2026-04-01,500,Portal\n2026-04-02,700,Portal\n");
        picker.answer(file);

        robot.clickOn("#tab-sales");
        robot.clickOn("#import-sales-csv");
        assertThat(robot.lookup("#csv-problems").queryAs(ListView.class).getItems()).map(String::valueOf)
                .contains("No column is chosen for \u201cdate\u201d: choose the file column that holds it.");
        FormRobot form = new FormRobot(robot);
        form.choose(robot.lookup("#csv-map-DATE").queryAs(ComboBox.class), "1: when");
        form.choose(robot.lookup("#csv-map-AMOUNT").queryAs(ComboBox.class), "2: value");
        form.choose(robot.lookup("#csv-map-PRODUCT").queryAs(ComboBox.class), "3: item");

        assertThat(robot.lookup("#csv-problems").queryAs(ListView.class).getItems()).isEmpty();
        robot.clickOn("#csv-import");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> desk.store().sales().count(partnerId) == 2);
        assertThat(desk.store().sales().of(partnerId)).allSatisfy(s -> assertThat(s.product()).isEqualTo("Portal"));
    }
}
