package org.tierdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tierdesk.program.ProgramLibrary;
import org.tierdesk.report.ShippedPartners;
import org.tierdesk.store.Database;
import org.tierdesk.store.PartnerDraft;
import org.tierdesk.store.Workspace;
import org.tierdesk.store.plan.SimulatorPlans;
import org.tierdesk.engine.whatif.WhatIf;

class ExportPdfCommandTest {
    @TempDir
    Path dir;

    @Test
    void scenarioSummaryIsWrittenInRussian() throws Exception {
        Path out = dir.resolve("summary.pdf");
        CliRun run = CliRun.of("export-pdf", "--scenario", resource("report/smart-soft-certified.yaml").toString(),
                "--out", out.toString(), "--lang", "ru", "--manager", "Анна Смирнова");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo(out.toString());
        assertThat(text(out)).contains("ООО Пример", "Анна Смирнова", "23 ноября 2026 г.",
                "Условия статуса «Привилегированный партнер» (следующий)", "850 000 RUB / 1 000 000 RUB",
                "ещё 150 000 RUB продаж за последние 12 месяцев", "Страница 1 из");
    }

    @Test
    void scenarioSummaryIsEnglishByDefault() throws Exception {
        Path out = dir.resolve("summary-en.pdf");
        CliRun run = CliRun.of("export-pdf", "--scenario", resource("report/smart-soft-certified.yaml").toString(),
                "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(text(out)).contains("ООО Пример", "Requirements of Privileged partner (next tier)",
                "850,000 RUB / 1,000,000 RUB", "150,000 RUB more sales in the last 12 months", "Page 1 of");
    }

    @Test
    void badScenarioFileExitsTwoNamingTheLineAndWritesNothing() {
        Path out = dir.resolve("never.pdf");
        Path bad = resource("scenarios/bad/negative-amount.yaml");
        CliRun run = CliRun.of("export-pdf", "--scenario", bad.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).containsPattern("negative-amount\\.yaml:\\d+: ");
        assertThat(out).doesNotExist();
    }

    @Test
    void exactlyOneThingToExportIsAsked() {
        Path out = dir.resolve("x.pdf");
        assertThat(CliRun.of("export-pdf", "--out", out.toString()).exitCode()).isEqualTo(2);
        CliRun both = CliRun.of("export-pdf", "--portfolio", "--partner", "1", "--out", out.toString());
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
        assertThat(out).doesNotExist();
    }

    @Test
    void aPartnerOfTheDatabaseIsFoundByNameOrId() throws Exception {
        long id = storeShippedPartners();
        Path byName = dir.resolve("by-name.pdf");
        Path byId = dir.resolve("by-id.pdf");

        CliRun named = export("--partner", "ооо пример", "--out", byName.toString(), "--lang", "ru");
        CliRun numbered = export("--partner", String.valueOf(id), "--out", byId.toString(), "--lang", "ru");

        assertThat(named.exitCode()).as(named.err()).isZero();
        assertThat(numbered.exitCode()).as(numbered.err()).isZero();
        assertThat(text(byName)).contains("ООО Пример", "Баланс баллов: 742", "Передать план до 1 декабря.");
        assertThat(text(byId)).isEqualTo(text(byName));
    }

    @Test
    void aPartnersSavedSimulatorPlansArePrintedWithTheirBeforeAndAfter() throws Exception {
        long id = storeShippedPartners();
        try (Database database = Database.open(dir.resolve("data"))) {
            SimulatorPlans plans = new SimulatorPlans(new Workspace(database, ProgramLibrary.shippedOnly()::byId));
            plans.save(id, "Certified by spring", WhatIf.NONE.withActivities("seminar", 1)
                    .withCertified("bitrix-sales", 1).withChecklist("first-line-support", true)
                    .withChecklist("product-descriptions", true));
        }
        Path english = dir.resolve("plans-en.pdf");
        Path russian = dir.resolve("plans-ru.pdf");

        CliRun en = export("--partner", String.valueOf(id), "--out", english.toString());
        CliRun ru = export("--partner", String.valueOf(id), "--out", russian.toString(), "--lang", "ru");

        assertThat(en.exitCode()).as(en.err()).isZero();
        assertThat(ru.exitCode()).as(ru.err()).isZero();
        // 742 points and a 1,000-point seminar; the missing items and the specialist make it certified
        assertThat(text(english)).contains("Saved plans", "Certified by spring",
                "Assumes: +1 certified: Bitrix sales specialist; +1 × Bitrix dedicated seminars",
                "Tier reached Business Partner → Certified Partner", "Points 742 → 1,742",
                "Reward: Licenses 40% → 45%");
        assertThat(text(russian)).contains("Сохранённые планы", "Certified by spring", "Баллы 742 → 1 742",
                "40 % → 45 %");
    }

    @Test
    void anUnknownPartnerIsReportedAndNothingWritten() throws Exception {
        storeShippedPartners();
        Path out = dir.resolve("nobody.pdf");
        CliRun run = export("--partner", "Nobody Ltd", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no partner named or numbered 'Nobody Ltd'");
        assertThat(out).doesNotExist();
    }

    @Test
    void portfolioListsEveryPartnerOfTheDatabase() throws Exception {
        storeShippedPartners();
        Path out = dir.resolve("portfolio.pdf");
        CliRun run = export("--portfolio", "--out", out.toString(), "--manager", "Anna Smirnova");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(text(out)).contains("Partner portfolio", "6 partners", "Anna Smirnova",
                "Partner Program Territory Held tier Next tier Toward next tier Flags Top gap",
                "Asoft Partner", "Bitrix Partner", "ООО Пример", "Leo Partner", "Platforms Partner",
                "Smart Partner", "Smart-Soft partner program (Traffic Inspector) 1",
                "Silver Gold 72%");
    }

    private CliRun export(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "export-pdf";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--data-dir";
        all[args.length + 2] = dir.resolve("data").toString();
        all[args.length + 3] = "--as-of";
        all[args.length + 4] = ShippedPartners.AS_OF.toString();
        return CliRun.of(all);
    }

    /** Six partners imported into a database in the test's data folder; returns the id of the Russian one. */
    private long storeShippedPartners() {
        ProgramLibrary programs = ProgramLibrary.shippedOnly();
        try (Database database = Database.open(dir.resolve("data"))) {
            Workspace workspace = new Workspace(database, programs::byId);
            LocalDate joined = LocalDate.of(2024, 1, 15);
            workspace.partnerImport().create(new PartnerDraft("Leo Partner", "leo-backup", "Moscow", joined,
                    "silver", null), ShippedPartners.leoBackup("Leo Partner"));
            workspace.partnerImport().create(new PartnerDraft("Asoft Partner", "asoft", "Kazan", joined,
                    "competency", null), ShippedPartners.asoft("Asoft Partner"));
            workspace.partnerImport().create(new PartnerDraft("Platforms Partner", "intelligent-platforms",
                    "Almaty", LocalDate.of(2025, 6, 1), "professional", null),
                    ShippedPartners.intelligentPlatforms("Platforms Partner"));
            workspace.partnerImport().create(new PartnerDraft("Smart Partner", "smart-soft", "Moscow",
                    LocalDate.of(2024, 5, 1), "certified", null), ShippedPartners.smartSoft("Smart Partner"));
            workspace.partnerImport().create(new PartnerDraft("Bitrix Partner", "bitrix", "Moscow",
                    LocalDate.of(2025, 3, 1), "business", null), ShippedPartners.bitrix("Bitrix Partner"));
            return workspace.partnerImport().create(new PartnerDraft("ООО Пример", "bitrix", "Москва",
                    LocalDate.of(2025, 3, 1), "business", "Передать план до 1 декабря."),
                    ShippedPartners.bitrix("ООО Пример"));
        }
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replace('\u202f', ' ')
                    .replaceAll("\\s+", " ");
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(ExportPdfCommandTest.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
