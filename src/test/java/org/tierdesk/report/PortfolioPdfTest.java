package org.tierdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PortfolioPdfTest {

    @Test
    void twoThousandPartnersBreakAcrossPagesWithTheHeaderOnEveryPage() {
        byte[] pdf = PortfolioPdf.render(SamplePortfolio.of(2000, Locale.ENGLISH));

        List<String> pages = PdfText.eachPage(pdf);
        assertThat(pages).hasSizeGreaterThan(40);
        for (int page = 1; page <= pages.size(); page++) {
            assertThat(pages.get(page - 1))
                    .contains("Partner Program Territory Held tier Next tier Toward next tier Flags Top gap")
                    .contains("Page " + page + " of " + pages.size());
        }
        String all = PdfText.of(pdf);
        assertThat(all).contains("Partner 0001", "Partner 1000", "Partner 2000", "2,000 partners");
    }

    @Test
    void programSummaryCountsPartnersPerHeldTierAndFlags() {
        String text = PdfText.page(PortfolioPdf.render(SamplePortfolio.of(10, Locale.ENGLISH)), 1);

        assertThat(text).contains("By program", "Leo Backup · Partnership Policy 2 Silver 2 · Gold 0 · Platinum 0",
                "Smart-Soft partner program (Traffic Inspector) 2 Authorized partner 0 · Certified partner 2 · "
                        + "Privileged partner 0");
        assertThat(text).containsPattern("ASoft Partners Community 2 .*ASoft CRM Competency Partner 2 .* 0 2");
    }

    @Test
    void eachPartnerLineShowsTierProgressFlagsAndTopGap() {
        String text = PdfText.of(PortfolioPdf.render(SamplePortfolio.of(5, Locale.ENGLISH)));

        assertThat(text).contains(
                "Partner 0005 Leo Backup Moscow Silver Gold 72% checklist: The legible marketing plan not done",
                "Partner 0001 ASoft Moscow ASoft CRM Competency Partner — no higher tier At risk 1 more Customer review",
                "Partner 0003 Smart-Soft Moscow Certified partner Privileged partner 64% 1 more certified");
    }

    @Test
    void russianPortfolioKeepsCyrillicIntact() {
        String text = PdfText.of(PortfolioPdf.render(SamplePortfolio.of(5, Locale.forLanguageTag("ru"))));

        assertThat(text).contains("Портфель партнёров", "Партнёров: 5", "По программам",
                "Партнёр Программа Территория Статус Следующий До следующего Отметки Главное, чего не хватает",
                "Привилегированный партнер", "выше статуса нет Под угрозой ещё 1 активность", "75 % ещё 1 сотрудник");
    }

    @Test
    void emptyPortfolioSaysThereIsNobody() {
        byte[] pdf = PortfolioPdf.render(new Portfolio(ShippedPartners.AS_OF, null, null, List.of(),
                Locale.ENGLISH));

        assertThat(PdfText.of(pdf)).contains("0 partners", "No partners to show.");
    }
}
