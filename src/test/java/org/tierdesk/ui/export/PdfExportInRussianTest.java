package org.tierdesk.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
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

/** With the UI in Russian, Partner → Export PDF writes the summary in Russian, plans included. */
@ExtendWith(ApplicationExtension.class)
class PdfExportInRussianTest {
    @TempDir
    Path dataFolder;
    @TempDir
    Path saved;
    private DeskFixture desk;
    private long partner;
    private final List<Path> opened = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void warmUp(@TempDir Path scratch) {
        DeskFixture.warmUp(scratch);
    }

    @Start
    void start(Stage stage) {
        desk = new DeskFixture(dataFolder, Language.RUSSIAN);
        partner = desk.store().partnerImport().create(new PartnerDraft("ООО Пример", "bitrix", "Москва",
                LocalDate.of(2025, 3, 1), "business", null), ShippedPartners.bitrix("ООО Пример"));
        new SimulatorPlans(desk.store()).save(partner, "К весне — сертифицированный", WhatIf.NONE
                .withActivities("seminar", 1));
        desk.show(stage);
        desk.window().exportSeams().dialog((owner, title, name) -> Optional.of(saved.resolve(name)))
                .opener(opened::add).problems(problem -> { throw new AssertionError(problem); });
    }

    @AfterEach
    void closeDatabase() {
        desk.close();
    }

    @Test
    void theSummaryAndItsPlansAreInRussian(FxRobot robot) throws Exception {
        robot.interact(() -> desk.window().shell().openPartner(partner));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#export-partner-pdf").tryQuery().isPresent());
        Button export = robot.lookup("#export-partner-pdf").queryAs(Button.class);
        assertThat(export.getTooltip().getText()).isEqualTo("Экспорт сводки по партнёру в PDF");
        robot.interact(export::fire);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> opened.size() == 1);

        assertThat(opened.get(0).getFileName().toString()).startsWith("ООО Пример ");
        try (PDDocument document = Loader.loadPDF(opened.get(0).toFile())) {
            String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
            assertThat(text).contains("Сводка по партнёру", "ООО Пример", "Сохранённые планы",
                    "К весне — сертифицированный", "Предполагает: +1 ×", "Баллы 742 → 1 742");
        }
    }
}
