package org.tierdesk.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tierdesk.engine.whatif.WhatIf;
import org.tierdesk.report.ShippedPartners;
import org.tierdesk.store.PartnerDraft;
import org.tierdesk.store.plan.SimulatorPlans;
import org.tierdesk.ui.DeskFixture;
import org.tierdesk.ui.Language;

/**
 * Partner → Export PDF and Portfolio → Export PDF in the real main window, the save dialog and the viewer
 * replaced through the seams: what is written is read back by PDFBox.
 */
@ExtendWith(ApplicationExtension.class)
class PdfExportTest {
    @TempDir
    Path dataFolder;
    @TempDir
    Path saved;
    private DeskFixture desk;
    private long alpha;
    private final List<String> suggested = new CopyOnWriteArrayList<>();
    private final List<Path> opened = new CopyOnWriteArrayList<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private Path answer;

    @BeforeAll
    static void warmUp(@TempDir Path scratch) {
        DeskFixture.warmUp(scratch);
    }

    @Start
    void start(Stage stage) {
        desk = new DeskFixture(dataFolder, Language.ENGLISH);
        LocalDate joined = LocalDate.of(2025, 3, 1);
        alpha = desk.store().partnerImport().create(new PartnerDraft("Alpha Soft", "bitrix", "Almaty", joined,
                "business", "Send the plan before December."), ShippedPartners.bitrix("Alpha Soft"));
        desk.store().partnerImport().create(new PartnerDraft("Delta Soft", "smart-soft", "Kazan",
                LocalDate.of(2024, 5, 1), "certified", null), ShippedPartners.smartSoft("Delta Soft"));
        desk.store().partnerImport().create(new PartnerDraft("Beta Trading", "leo-backup", "Moscow",
                LocalDate.of(2024, 1, 15), "silver", null), ShippedPartners.leoBackup("Beta Trading"));
        new SimulatorPlans(desk.store()).save(alpha, "Certified by spring", WhatIf.NONE
                .withActivities("seminar", 1).withCertified("bitrix-sales", 1)
                .withChecklist("first-line-support", true).withChecklist("product-descriptions", true));
        desk.show(stage);
        desk.window().exportSeams()
                .dialog((owner, title, name) -> {
                    suggested.add(name);
                    return Optional.ofNullable(answer == null ? saved.resolve(name) : answer);
                })
                .opener(opened::add)
                .problems(problems::add);
    }

    @AfterEach
    void closeDatabase() {
        desk.close();
    }

    private static void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void press(FxRobot robot, String id) throws Exception {
        waitFor(robot, id);
        robot.interact(() -> robot.lookup(id).queryAs(Button.class).fire());
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replace('\u202f', ' ')
                    .replaceAll("\\s+", " ");
        }
    }

    @Test
    void thePartnerScreenExportsTheSummaryWithItsPlansAndOpensIt(FxRobot robot) throws Exception {
        robot.interact(() -> desk.window().shell().openPartner(alpha));
        press(robot, "#export-partner-pdf");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> opened.size() == 1);

        assertThat(suggested).singleElement().asString().startsWith("Alpha Soft " + LocalDate.now().getYear())
                .endsWith(".pdf");
        Path pdf = opened.get(0);
        assertThat(pdf).isEqualTo(saved.resolve(suggested.get(0)));
        assertThat(text(pdf)).contains("Partner summary", "Alpha Soft", "Business Partner",
                "Requirements of Certified Partner (next tier)", "Saved plans", "Certified by spring",
                "Tier reached Business Partner → Certified Partner", "Reward: Licenses 40% → 45%",
                "Send the plan before December.");
        assertThat(problems).isEmpty();
    }

    @Test
    void thePortfolioExportsTheFilteredPartnersOnly(FxRobot robot) throws Exception {
        waitFor(robot, "#portfolio-search");
        robot.interact(() -> robot.lookup("#portfolio-search").queryAs(TextField.class).setText("soft"));
        press(robot, "#export-portfolio-pdf");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> opened.size() == 1);

        assertThat(suggested).singleElement().asString().startsWith("Portfolio ");
        String text = text(opened.get(0));
        assertThat(text).contains("Partner portfolio", "2 partners", "search “soft”", "Alpha Soft", "Delta Soft");
        assertThat(text).doesNotContain("Beta Trading");
    }

    @Test
    void aFileThatCannotBeWrittenIsSaidAndNothingIsOpened(FxRobot robot) throws Exception {
        Path notAFolder = Files.writeString(saved.resolve("notes.txt"), "a file, not a folder");
        answer = notAFolder.resolve("summary.pdf");
        robot.interact(() -> desk.window().shell().openPartner(alpha));
        press(robot, "#export-partner-pdf");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> problems.size() == 1);

        assertThat(problems.get(0)).startsWith("Cannot write " + answer).contains("nothing was changed");
        assertThat(opened).isEmpty();
        assertThat(answer).doesNotExist();
        assertThat(robot.lookup("#export-partner-pdf").queryAs(Button.class).isDisabled()).isFalse();
    }
}
