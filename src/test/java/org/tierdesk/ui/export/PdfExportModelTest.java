package org.tierdesk.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tierdesk.store.PartnerDraft;
import org.tierdesk.ui.DeskFixture;
import org.tierdesk.ui.Language;
import org.tierdesk.ui.Messages;

/** The export's names and writes, without a screen. */
class PdfExportModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dataFolder;
    @TempDir
    Path out;
    private DeskFixture desk;
    private PdfExportModel model;

    @BeforeEach
    void open() {
        desk = new DeskFixture(dataFolder, Language.ENGLISH);
        model = new PdfExportModel(desk.session(), new Messages(Language.ENGLISH), CLOCK);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theSuggestedNameIsThePartnersMadeSafeAndTheDate() {
        long id = desk.store().partners().create(new PartnerDraft("ООО \"Пример\" / Almaty", "bitrix", null,
                LocalDate.of(2025, 3, 1), null, null));
        assertThat(model.partnerFileName(id)).isEqualTo("ООО _Пример_ _ Almaty 2026-11-24.pdf");
        assertThat(model.portfolioFileName()).isEqualTo("Portfolio 2026-11-24.pdf");
        assertThat(PdfExportModel.safe("..hidden")).isEqualTo("hidden");
    }

    @Test
    void aWrittenPdfCanBeReadByOthersAndAFailedWriteSaysWhereAndWhy() throws Exception {
        Path written = out.resolve("summary.pdf");
        assertThat(model.write(written, "%PDF-1.4 test".getBytes())).isEmpty();
        assertThat(written).hasContent("%PDF-1.4 test");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(written))).isEqualTo("rw-r--r--");

        Path blocked = Files.writeString(out.resolve("a-file"), "x").resolve("summary.pdf");
        assertThat(model.write(blocked, "%PDF".getBytes())).hasValueSatisfying(problem ->
                assertThat(problem).startsWith("Cannot write " + blocked + ": ").endsWith("nothing was changed."));
        assertThat(blocked).doesNotExist();
    }

    /** The name set in Settings signs both summaries; none set, none printed. */
    @Test
    void theManagersNameFromSettingsIsPrintedOnBothSummaries() throws Exception {
        long id = desk.store().partners().create(new PartnerDraft("Alpha Soft", "bitrix", "Almaty",
                LocalDate.of(2025, 3, 1), null, null));
        assertThat(text(model.partnerSummary(id))).doesNotContain("Account manager");

        desk.session().settings().managerName("  Anna Petrova ");
        assertThat(text(model.partnerSummary(id))).contains("Account manager: Anna Petrova");
        assertThat(text(model.portfolio(java.util.List.of(id), null))).contains("Anna Petrova");
    }

    private static String text(byte[] pdf) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replace('\u00a0', ' ')
                    .replaceAll("\\s+", " ");
        }
    }
}
