package org.tierdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.tierdesk.program.ProgramLibrary;
import org.tierdesk.store.Database;
import org.tierdesk.store.Workspace;
import org.tierdesk.store.generate.SyntheticPortfolio;
import org.tierdesk.store.standing.PartnerStanding;
import org.tierdesk.store.standing.PortfolioStandings;

/**
 * The Portfolio's refresh: every partner's standing as of a date from the store's SQL facts summaries (grouped
 * queries per program) and the engine, with progress, top gap and the expiring-soon look-ahead, for 2,000 partners
 * with 1,000,000 sales over the five shipped programs. The portfolio is generated once (deterministically, about
 * 500 sales a partner) into {@code target/bench-portfolio} and reused by later runs. Run with
 * {@code ./mvnw -Pjmh -DskipTests verify -Djmh.args="PortfolioStandingsBenchmark"} (see README, Performance).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
public class PortfolioStandingsBenchmark {
    static final int PARTNERS = 2_000;
    static final int SALES = 1_000_000;
    private static final Path FOLDER = Path.of("target", "bench-portfolio-" + PARTNERS + "x" + SALES);

    private Database database;
    private PortfolioStandings standings;

    @Setup
    public void setUp() {
        ProgramLibrary library = ProgramLibrary.shippedOnly();
        database = openOrGenerate(library);
        standings = new PortfolioStandings(new Workspace(database, library::byId));
    }

    @TearDown
    public void tearDown() {
        database.close();
    }

    @Benchmark
    public List<PartnerStanding> allPartners() {
        return standings.asOf(BusyPartner.AS_OF);
    }

    private static Database openOrGenerate(ProgramLibrary library) {
        if (Files.exists(FOLDER)) {
            Database existing = Database.open(FOLDER);
            if (new Workspace(existing, library::byId).partners().count() == PARTNERS) {
                return existing;
            }
            existing.close();
            delete(FOLDER);
        }
        Database database = Database.open(FOLDER);
        long start = System.nanoTime();
        new SyntheticPortfolio(library.shipped(), BusyPartner.AS_OF, 2026)
                .store(new Workspace(database, library::byId), PARTNERS, SALES);
        System.out.printf("generated %d partners with %d sales in %d s%n", PARTNERS, SALES,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
        return database;
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
