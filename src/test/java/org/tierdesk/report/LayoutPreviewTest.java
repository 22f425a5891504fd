package org.tierdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LayoutPreviewTest {
    @Test
    void handMadeStandingPrintsPartnerTiersAndGap() throws Exception {
        byte[] en = PartnerSummaryPdf.render(LayoutFixture.summary("Acme Ltd", Locale.ENGLISH));
        byte[] ru = PartnerSummaryPdf.render(LayoutFixture.summary("ООО Пример", Locale.forLanguageTag("ru")));
        Files.createDirectories(Path.of("target/preview"));
        Files.write(Path.of("target/preview/fixture-en.pdf"), en);
        Files.write(Path.of("target/preview/fixture-ru.pdf"), ru);
        System.out.println(PdfText.of(ru));
        assertThat(PdfText.of(en)).contains("Acme Ltd", "Silver", "Gold", "12 more licenses");
        assertThat(PdfText.of(ru)).contains("ООО Пример", "Серебряный", "Золотой");
    }
}
