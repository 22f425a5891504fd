package org.tierdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.facts.Sale;
import org.tierdesk.program.ProgramLibrary;
import org.tierdesk.store.Database;
import org.tierdesk.store.PortfolioEntry;
import org.tierdesk.store.Workspace;

class GenerateAndBenchCommandTest {
    private static final String AS_OF = "2026-11-23";

    @TempDir
    Path dir;

    @Test
    void generateStoresTheAskedPartnersAndSalesTheSameForTheSameSeed() {
        assertThat(generate("first", 7).exitCode()).isZero();
        assertThat(generate("again", 7).exitCode()).isZero();
        assertThat(generate("other", 8).exitCode()).isZero();

        List<PartnerFacts> first = portfolio("first");
        assertThat(first).hasSize(6);
        assertThat(first.stream().mapToInt(f -> f.sales().size()).sum()).isEqualTo(125);
        assertThat(first.stream().map(f -> f.sales().size())).allSatisfy(n -> assertThat(n).isBetween(20, 21));
        assertThat(first.stream().filter(f -> !f.staff().isEmpty())).hasSize(6);
        assertThat(portfolio("again")).isEqualTo(first);
        assertThat(portfolio("other")).isNotEqualTo(first);
    }

    /** On the 1st of a (peak) month, that month has one day of sales so far, not the whole month's on that day. */
    @Test
    void theAsOfMonthHasSalesOnlyUpToTheAsOfDateAndOnlyItsShare() {
        LocalDate asOf = LocalDate.of(2026, 12, 1);
        assertThat(CliRun.of("generate", "--partners", "5", "--sales", "1000", "--seed", "3", "--as-of",
                asOf.toString(), "--data-dir", dir.resolve("first-of-month").toString()).exitCode()).isZero();
        List<LocalDate> days = portfolio("first-of-month", asOf).stream().flatMap(f -> f.sales().stream())
                .map(Sale::date).toList();
        assertThat(days).hasSize(1000).allSatisfy(d -> assertThat(d).isBeforeOrEqualTo(asOf));
        // about 1000 / 36 × December's weight / 31 days ≈ 1; piling the month's sales on the 1st gave about 35
        assertThat(days.stream().filter(asOf::equals).count()).isLessThan(8);
    }

    @Test
    void generateRefusesAFolderThatAlreadyHoldsPartners() {
        assertThat(generate("first", 7).exitCode()).isZero();
        CliRun again = generate("first", 7);
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already holds 6 partners");
        assertThat(portfolio("first")).hasSize(6);
    }

    @Test
    void benchOnATinyPortfolioPrintsEveryFigure() {
        CliRun run = CliRun.of("bench", "--data-dir", dir.resolve("tiny").toString(), "--partners", "5",
                "--sales", "50", "--runs", "1", "--csv-lines", "30", "--as-of", AS_OF, "--starts", "0");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("generated 5 partners and 50 sales",
                "TierDesk bench: 5 partners, 50 sales", "plain SQL aggregate over all sales",
                "all standings, first read of the JVM", "all 5 partners' standings", "ratio standings / aggregate", "one partner's standing",
                "one partner PDF", "one simulator recompute", "CSV import of 30 sales", "heap used after loading all standings");
        assertThat(run.out()).contains("(5 standings held)");
        // the imported partners are removed again: the portfolio is as generated
        assertThat(portfolio("tiny")).hasSize(5);
    }

    @Test
    void theHeapOfAChildIsTheUsedSpaceOfItsGenerationsWithoutMetaspace() {
        String info = """
                12345:
                 def new generation   total 78656K, used 9000K [0x00000000c0000000, 0x00000000c5550000)
                  eden space 69952K,  12% used [0x00000000c0000000, 0x00000000c08ca8c8, 0x00000000c4450000)
                 tenured generation   total 174784K, used 51000K [0x00000000d5550000, 0x00000000e0000000)
                 Metaspace       used 40000K, committed 40448K, reserved 1114112K
                  class space    used 5000K, committed 5184K, reserved 1048576K
                """;
        assertThat(FirstWindow.usedHeap(info)).contains(60_000L * 1024);
        assertThat(FirstWindow.usedHeap("12345:\nNo such process")).isEmpty();
    }

    private CliRun generate(String folder, long seed) {
        return CliRun.of("generate", "--partners", "6", "--sales", "125", "--seed", String.valueOf(seed),
                "--as-of", AS_OF, "--data-dir", dir.resolve(folder).toString());
    }

    private List<PartnerFacts> portfolio(String folder) {
        return portfolio(folder, LocalDate.parse(AS_OF));
    }

    private List<PartnerFacts> portfolio(String folder, LocalDate asOf) {
        ProgramLibrary library = ProgramLibrary.shippedOnly();
        try (Database database = Database.open(dir.resolve(folder))) {
            Workspace workspace = new Workspace(database, library::byId);
            List<PartnerFacts> facts = new ArrayList<>();
            for (PortfolioEntry entry : workspace.partners().portfolio(asOf)) {
                facts.add(workspace.facts().of(entry.id()));
            }
            return facts;
        }
    }
}
