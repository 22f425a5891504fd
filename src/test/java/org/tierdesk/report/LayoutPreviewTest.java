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

    @Test
    void portfolioPreview() throws Exception {
        java.util.List<PortfolioRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            rows.add(new PortfolioRow("Partner " + i, LayoutFixture.PROGRAM, i % 3 == 0 ? "Moscow" : "Almaty",
                    LayoutFixture.standing()));
        }
        long t = System.nanoTime();
        byte[] pdf = PortfolioPdf.render(new Portfolio(LayoutFixture.AS_OF, "Anna", null, rows, Locale.ENGLISH));
        System.out.println("portfolio ms " + (System.nanoTime() - t) / 1_000_000 + " bytes " + pdf.length);
        Files.write(Path.of("target/preview/portfolio.pdf"), pdf);
        assertThat(PdfText.pages(pdf)).isGreaterThan(10);
    }
}
