package org.tierdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tierdesk.engine.facts.ExchangeRate;
import org.tierdesk.engine.facts.Sale;

/** Sales CSV import on a real H2 file: formats, the column mapping, every bad line reported, all or nothing. */
class SalesCsvImportTest {
    @TempDir
    Path dir;

    private static long bitrixPartner(Workspace workspace) {
        return workspace.partners().create(new PartnerDraft("Acme", "bitrix", null, LocalDate.of(2024, 1, 1), null,
                null));
    }

    @Test
    void aHundredThousandLinesGoInInOneImport() throws Exception {
        StringBuilder text = new StringBuilder("date,amount,currency,category,licenses,product,returned\n");
        LocalDate day = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < 100_000; i++) {
            text.append(day.plusDays(i % 700)).append(',').append(100 + i % 900).append(".50,USD,license,")
                    .append(1 + i % 5).append(",\"Intranet ").append(i % 40).append("\",\n");
        }
        Path file = dir.resolve("sales.csv");
        Files.writeString(file, text);
        try (TestWorkspace test = TestWorkspace.open(dir.resolve("db"), new ShippedPrograms())) {
            long partner = bitrixPartner(test.workspace);

            int imported = new SalesCsvImport(test.workspace).importFile(partner, file);

            assertThat(imported).isEqualTo(100_000);
            assertThat(test.workspace.sales().count(partner)).isEqualTo(100_000);
        }
    }

    @Test
    void aBadSeventhLineImportsNothingAndEveryBadLineIsNamed() throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, """
                date,amount,currency,category,licenses,product,returned
                2026-01-10,100,USD,license,1,Intranet,
                2026-01-11,200,USD,license,1,Intranet,
                2026-01-12,300,USD,license,1,Intranet,
                2026-01-13,400,USD,license,1,Intranet,
                2026-01-14,500,USD,license,1,Intranet,
                2026-01-15,-5,USD,license,1,Intranet,
                2026-01-16,700,USD,license,1,Intranet,
                2026-13-40,800,USD,license,1,Intranet,
                2026-01-18,900,USD,hardware,1,Intranet,
                2026-01-19,1000,GBP,license,1,Intranet,
                """);
        try (TestWorkspace test = TestWorkspace.open(dir.resolve("db"), new ShippedPrograms())) {
            long partner = bitrixPartner(test.workspace);
            SalesCsvImport csv = new SalesCsvImport(test.workspace);

            assertThatThrownBy(() -> csv.importFile(partner, file))
                    .isInstanceOfSatisfying(SalesCsvException.class, e -> assertThat(e.messages(Locale.ENGLISH))
                            .containsExactly(
                                    "line 7: The amount must not be negative (it is -5).",
                                    "line 9: The \u201cdate\u201d cell \u201c2026-13-40\u201d is not a date: write "
                                            + "yyyy-MM-dd (2026-05-10) or dd.MM.yyyy (10.05.2026).",
                                    "line 10: The program bitrix has no product category \u201chardware\u201d.",
                                    "line 11: There is no GBP/USD exchange rate in force on 2026-01-19: add one "
                                            + "dated on or before that day in Settings \u2192 Exchange rates."));
            assertThat(test.workspace.sales().count(partner)).isZero();
        }
    }

    @Test
    void russianExcelFileWithBomSemicolonsDottedDatesAndDecimalCommas() throws Exception {
        String text = "\uFEFFДата;Сумма;Валюта;Категория;Лицензии;Продукт;Возврат\r\n"
                + "10.05.2026;\"1 234,50\";RUB;Лицензии;2;Корпоративный портал;\r\n"
                + "11.05.2026;990;;license;;Интранет;02.06.2026\r\n";
        try (TestWorkspace test = TestWorkspace.open(dir.resolve("db"), new ShippedPrograms())) {
            test.workspace.rates().put(new ExchangeRate(LocalDate.of(2026, 1, 1), "USD", "RUB",
                    new BigDecimal("95.5")));
            long partner = bitrixPartner(test.workspace);
            SalesCsvFile file = SalesCsvFile.read("portal.csv", text.getBytes(StandardCharsets.UTF_8));
            SalesCsvMapping mapping = SalesCsvMapping.guess(file.header());

            assertThat(file.separator()).isEqualTo(';');
            assertThat(file.dateFormat(mapping)).isEqualTo(SalesCsvDate.DOTTED);
            assertThat(mapping.indexOf(SalesColumn.RETURNED)).contains(6);
            assertThat(new SalesCsvImport(test.workspace).importSales(partner, file, mapping)).isEqualTo(2);

            List<Sale> sales = test.workspace.sales().of(partner);
            assertThat(sales.get(0).amount().amount()).isEqualByComparingTo("1234.50");
            assertThat(sales.get(0).amount().currency()).isEqualTo("RUB");
            assertThat(sales.get(0).category()).isEqualTo("license");
            assertThat(sales.get(0).licenses()).isEqualTo(2);
            assertThat(sales.get(1).amount().currency()).as("the program's currency by default").isEqualTo("USD");
            assertThat(sales.get(1).licenses()).isEqualTo(1);
            assertThat(sales.get(1).returned()).isEqualTo(LocalDate.of(2026, 6, 2));
        }
    }

    @Test
    void theManagerMapsColumnsTheHeaderDoesNotName() throws Exception {
        String text = "when,how much,what\n2026-03-01,\"1,5\",Portal\n";
        try (TestWorkspace test = TestWorkspace.open(dir.resolve("db"), new ShippedPrograms())) {
            long partner = bitrixPartner(test.workspace);
            SalesCsvFile file = SalesCsvFile.read("odd.csv", text.getBytes(StandardCharsets.UTF_8));
            SalesCsvImport csv = new SalesCsvImport(test.workspace);
            SalesCsvMapping guessed = SalesCsvMapping.guess(file.header());

            assertThat(csv.check(partner, file, guessed).problems()).extracting(p -> p.message(Locale.ENGLISH))
                    .contains("No column is chosen for \u201cdate\u201d: choose the file column that holds it.");
            SalesCsvMapping mapped = guessed.with(SalesColumn.DATE, 0).with(SalesColumn.AMOUNT, 1)
                    .with(SalesColumn.PRODUCT, 2);
            SalesCsvCheck check = csv.check(partner, file, mapped);
            assertThat(check.problems()).isEmpty();
            assertThat(check.sales()).singleElement().satisfies(sale -> {
                assertThat(sale.amount().amount()).isEqualByComparingTo("1.5");
                assertThat(sale.product()).isEqualTo("Portal");
            });
            assertThat(csv.check(partner, file, mapped.with(SalesColumn.PRODUCT, 1)).problems())
                    .extracting(p -> p.message(Locale.ENGLISH))
                    .containsExactly("The file column \u201chow much\u201d is chosen for both \u201camount\u201d and "
                            + "\u201cproduct\u201d.");
        }
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAsAWhole() {
        byte[] windows1251 = "дата,сумма\n2026-01-01,5\n".getBytes(java.nio.charset.Charset.forName("windows-1251"));
        SalesCsvFile file = SalesCsvFile.read("cp1251.csv", windows1251);
        assertThat(file.problems()).extracting(p -> p.message(Locale.ENGLISH)).singleElement().asString()
                .startsWith("The file is not UTF-8 text");
    }

    @Test
    void anUnclosedQuoteRefusesTheFileAndEmptyOrHeaderOnlyFilesSaySo() {
        SalesCsvFile unclosed = SalesCsvFile.read("quote.csv",
                "date,amount,product\n2026-01-01,5,\"Portal\n2026-01-02,6,x\n".getBytes(StandardCharsets.UTF_8));
        assertThat(unclosed.problems()).extracting(p -> p.message(Locale.ENGLISH)).singleElement().asString()
                .startsWith("The file cannot be read as CSV");
        assertThat(SalesCsvFile.read("empty.csv", new byte[0]).problems()).extracting(p -> p.message(Locale.ENGLISH))
                .containsExactly("The file is empty: it needs a header line and at least one sale.");
        assertThat(SalesCsvFile.read("header.csv", "date,amount\n".getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(p -> p.message(Locale.ENGLISH)).containsExactly("The file has a header but no sales.");
    }

    @Test
    void amountsAreReadTheWaySpreadsheetsWriteThem() {
        assertThat(SalesCsvAmount.parse("1 234,50")).contains(new BigDecimal("1234.50"));
        assertThat(SalesCsvAmount.parse("1\u00A0234,50")).contains(new BigDecimal("1234.50"));
        assertThat(SalesCsvAmount.parse("1,234.50")).contains(new BigDecimal("1234.50"));
        assertThat(SalesCsvAmount.parse("1.234,50")).contains(new BigDecimal("1234.50"));
        assertThat(SalesCsvAmount.parse("330")).contains(new BigDecimal("330"));
        assertThat(SalesCsvAmount.parse("12,3,4")).isEmpty();
        assertThat(SalesCsvAmount.parse("1e5")).isEmpty();
        assertThat(SalesCsvAmount.parse("abc")).isEmpty();
    }
}
