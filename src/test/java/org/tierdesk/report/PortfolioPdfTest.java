package org.tierdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PortfolioPdfTest {

    @Test
    void twoThousandPartnersBreakAcrossPagesWithTheHeaderOnEveryPage() {
        List<PortfolioRow> rows = new ArrayList<>();
        for (int i = 1; i <= 2000; i++) {
            rows.add(new PortfolioRow(String.format("Partner %04d", i), LayoutFixture.PROGRAM,
                    i % 2 == 0 ? "Moscow" : "Almaty", LayoutFixture.standing()));
        }
        byte[] pdf = PortfolioPdf.render(new Portfolio(LayoutFixture.AS_OF, "Anna", null, rows, Locale.ENGLISH));

        int pages = PdfText.pages(pdf);
        assertThat(pages).isGreaterThan(20);
        for (int page = 1; page <= pages; page++) {
            assertThat(PdfText.page(pdf, page))
                    .contains("Partner Program Territory Held tier Next tier Toward next tier Flags Top gap")
                    .contains("Page " + page + " of " + pages);
        }
        String all = PdfText.of(pdf);
        assertThat(all).contains("Partner 0001", "Partner 2000", "2,000 partners", "Silver 2,000");
    }
}
