package org.tierdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/** The summary prints the standing it is given: a hand-made one here, so each figure is known in advance. */
class PartnerSummaryLayoutTest {
    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void englishSummaryShowsPartnerTiersFiguresAndGap() {
        String text = PdfText.of(PartnerSummaryPdf.render(LayoutFixture.summary("Acme Ltd", Locale.ENGLISH)));

        assertThat(text).contains("Acme Ltd", "Demo Vendor · Partner Program", "Anna Smirnova",
                "November 23, 2026", "Requirements of Silver (held tier)", "Requirements of Gold (next tier)",
                "18 / 30", "60%", "12 more licenses in the last complete month", "Licenses 30% 30%");
    }

    @Test
    void russianSummaryKeepsCyrillicIntact() {
        String text = PdfText.of(PartnerSummaryPdf.render(LayoutFixture.summary("ООО Пример", RU)));

        assertThat(text).contains("ООО Пример", "Демо Вендор · Партнёрская программа", "23 ноября 2026 г.",
                "Условия статуса «Серебряный» (текущий)", "Условия статуса «Золотой» (следующий)",
                "ещё 12 лицензий за прошлый полный месяц", "60 %", "Вознаграждение и бонусы", "Преимущества",
                "Заметки менеджера");
    }

    @Test
    void everyPageIsNumberedOutOfTheTotal() {
        byte[] pdf = PartnerSummaryPdf.render(LayoutFixture.summary("Acme Ltd", Locale.ENGLISH));
        int pages = PdfText.pages(pdf);

        assertThat(pages).isGreaterThan(1);
        for (int page = 1; page <= pages; page++) {
            assertThat(PdfText.page(pdf, page)).contains("Page " + page + " of " + pages);
        }
        assertThat(PdfText.page(PartnerSummaryPdf.render(LayoutFixture.summary("ООО Пример", RU)), 1))
                .containsPattern("Страница 1 из \\d");
    }

    @Test
    void savedPlansAndNotesAreReprinted() {
        String text = PdfText.of(PartnerSummaryPdf.render(LayoutFixture.summary("Acme Ltd", Locale.ENGLISH)));

        assertThat(text).contains("Saved plans", "Reach Gold in December", "Licenses in November 18 → 30",
                "Manager notes", "Promised the marketing plan by 1 December.");
    }

    @Test
    void summaryWithoutPlansOrNotesLeavesTheirSectionsOut() {
        PartnerSummary bare = LayoutFixture.summary("Acme Ltd", Locale.ENGLISH).withPlans(java.util.List.of())
                .withNotes(null).withManager(null);
        String text = PdfText.of(PartnerSummaryPdf.render(bare));

        assertThat(text).doesNotContain("Saved plans", "No plans saved.", "Manager notes", "No notes.",
                "Account manager");
    }

    @Test
    void chartDrawsTheVolumeThresholdOfEachTier() {
        String text = PdfText.of(PartnerSummaryPdf.render(LayoutFixture.summary("Acme Ltd", Locale.ENGLISH)));

        assertThat(text).contains("Sales, last 24 months", "Licenses per month", "Gold · 30 licenses",
                "Gold: 30 licenses in the last complete month");
    }

    @Test
    void everyFontIsEmbeddedSoAMachineWithoutFontsRendersIt() throws IOException {
        byte[] pdf = PartnerSummaryPdf.render(LayoutFixture.summary("ООО Пример", RU));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int fonts = 0;
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("LiberationSans");
                    fonts++;
                }
            }
            assertThat(fonts).isPositive();
        }
    }
}
