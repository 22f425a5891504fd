package org.tierdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tierdesk.engine.StandingEvaluator;
import org.tierdesk.engine.facts.PartnerFacts;
import org.tierdesk.engine.measure.FactsSummary;
import org.tierdesk.engine.standing.Standing;
import org.tierdesk.engine.whatif.Comparison;
import org.tierdesk.engine.whatif.Simulation;
import org.tierdesk.engine.whatif.WhatIf;
import org.tierdesk.program.Program;
import org.tierdesk.program.ProgramLibrary;
import org.tierdesk.report.PartnerSummary;
import org.tierdesk.report.PartnerSummaryPdf;
import org.tierdesk.store.Database;
import org.tierdesk.store.DatabaseInUseException;
import org.tierdesk.store.DataFolder;
import org.tierdesk.store.PartnerDraft;
import org.tierdesk.store.PortfolioEntry;
import org.tierdesk.store.SalesCsvImport;
import org.tierdesk.store.Workspace;
import org.tierdesk.store.standing.PartnerStanding;
import org.tierdesk.store.standing.PortfolioStandings;
import org.tierdesk.store.generate.SalesCsvSample;
import org.tierdesk.store.generate.SyntheticPortfolio;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tierdesk bench}: the scale figures of issue 9 on a generated portfolio, as medians of several runs. The
 * plain aggregate over all sales is the floor any standings refresh must read; the ratio says how far above it
 * the real work is.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Times the standings of a whole portfolio against a plain SQL aggregate, one partner's"
                + " standing and PDF, a simulator recompute, a CSV import, and (with a DISPLAY) the app's start-up"
                + " to its first window against a bare JavaFX window and its heap showing the portfolio; generates"
                + " the portfolio first if the data folder is empty.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:measured", "2:a bad option or a database in use"})
final class BenchCommand implements Callable<Integer> {
    static final String AGGREGATE = "SELECT partner_id, SUM(amount) FROM sales GROUP BY partner_id";
    private static final String APP = "org.tierdesk.Launcher";
    private static final String BARE = "org.tierdesk.ui.BareWindow";
    private static final int RECOMPUTES = 1_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "the data folder (default: TIERDESK_HOME, else the user's TierDesk folder)")
    String dataDir;

    @Option(names = "--partners", paramLabel = "N", defaultValue = "2000",
            description = "partners to generate into an empty folder (default 2000)")
    int partners;

    @Option(names = "--sales", paramLabel = "M", defaultValue = "1000000",
            description = "sales to generate into an empty folder (default 1000000)")
    long sales;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "generator seed (default 1)")
    long seed;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "5",
            description = "timed runs per figure, after one warm-up run (default 5)")
    int runs;

    @Option(names = "--csv-lines", paramLabel = "L", defaultValue = "100000",
            description = "lines of the imported sales CSV file (default 100000)")
    int csvLines;

    @Option(names = "--as-of", paramLabel = "DATE", description = "the standings' date (YYYY-MM-DD; default today)")
    LocalDate asOf;

    @Option(names = "--starts", paramLabel = "K", defaultValue = "3",
            description = "app starts per start-up figure, in child JVMs on the current DISPLAY (default 3; 0: none)")
    int starts;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (partners <= 0 || sales < 0 || runs <= 0 || csvLines <= 0) {
            err.println("--partners, --runs and --csv-lines must be at least 1 and --sales not negative");
            return EvaluateCommand.BAD_INPUT;
        }
        LocalDate date = asOf != null ? asOf : LocalDate.now();
        Path folder = DataFolder.resolve(dataDir);
        ProgramLibrary library = ProgramLibrary.shippedOnly();
        try {
            try (Database database = Database.open(folder)) {
                Workspace workspace = new Workspace(database, library::byId);
                if (workspace.partners().count() == 0) {
                    long started = System.nanoTime();
                    new SyntheticPortfolio(library.shipped(), date, seed).store(workspace, partners, sales);
                    database.closeCompacted();
                    out.printf("generated %d partners and %d sales in %s in %.1f s%n", partners, sales, folder,
                            (System.nanoTime() - started) / 1e9);
                }
            }
            try (Database database = Database.open(folder)) {
                measure(new Workspace(database, library::byId), library, date, out);
            }
        } catch (DatabaseInUseException e) {
            err.println(folder + ": " + e.getMessage());
            return EvaluateCommand.BAD_INPUT;
        }
        // the app in child JVMs: the folder is closed here so that the app can open it
        startUp(folder, out);
        out.flush();
        return 0;
    }

    /**
     * Start-up to the first window, with the installed launcher's JVM options and its AOT cache mechanism (one user
     * folder per round, whose cache the app records on its first start; see org.tierdesk.AotCache): the first start
     * of a new user (empty user and data folders: it records the cache), a first run (a new data folder: database
     * created, demo data) once the user has the cache, a later start of that folder, and a bare JavaFX window with
     * its own AOT cache recorded by one start of it the same way, and without one; each {@code --starts} times,
     * interleaved so that the machine's load falls on all alike. Then the heap of the app showing this portfolio.
     */
    private void startUp(Path folder, PrintWriter out) throws IOException {
        if (starts <= 0) {
            return;
        }
        if (!FirstWindow.displayAvailable()) {
            out.println("start-up to first window: not measured (no DISPLAY to show a window on)");
            return;
        }
        double[] newUser = new double[starts];
        double[] first = new double[starts];
        double[] later = new double[starts];
        double[] bare = new double[starts];
        double[] bareNoCache = new double[starts];
        Path dir = Files.createTempDirectory("tierdesk-bench-start");
        try {
            Path bareHome = Files.createDirectories(dir.resolve("bare"));
            List<String> bareCache = List.of();
            if (FirstWindow.aotCacheSupported()) {
                Path cache = bareHome.resolve("bare.aot");
                FirstWindow.measure(BARE, List.of("-XX:AOTCacheOutput=" + cache), List.of(), bareHome,
                        Duration.ZERO, false);
                bareCache = List.of("-XX:AOTCache=" + cache, "-Xlog:aot=off");
            }
            Path appHome = null;
            for (int i = 0; i < starts; i++) {
                Path run = Files.createDirectories(dir.resolve("run" + i));
                Path home = Files.createDirectories(run.resolve("home"));
                List<String> aot = FirstWindow.aotCacheOptions(
                        home.resolve(".cache").resolve("tierdesk").resolve("tierdesk-bench.aot"));
                newUser[i] = FirstWindow.measure(APP, aot, List.of("--data-dir", run.resolve("data0").toString()),
                        home, Duration.ofSeconds(2), false).millis();
                List<String> args = List.of("--data-dir", run.resolve("data").toString());
                first[i] = FirstWindow.measure(APP, aot, args, home, Duration.ZERO, false).millis();
                later[i] = FirstWindow.measure(APP, aot, args, home, Duration.ZERO, false).millis();
                bare[i] = FirstWindow.measure(BARE, bareCache, List.of(), bareHome, Duration.ZERO, false).millis();
                bareNoCache[i] = FirstWindow.measure(BARE, List.of(), List.of(), bareHome, Duration.ZERO, false)
                        .millis();
                appHome = home;
            }
            RunTimes laterRuns = new RunTimes(later);
            RunTimes bareRuns = new RunTimes(bare);
            row(out, "first start of a new user (records AOT cache)", new RunTimes(newUser), "ms");
            row(out, "first window, first run (new data folder)", new RunTimes(first), "ms");
            row(out, "first window, later start", laterRuns, "ms");
            row(out, bareCache.isEmpty() ? "bare JavaFX window" : "bare JavaFX window (its own AOT cache)",
                    bareRuns, "ms");
            row(out, "bare JavaFX window, no AOT cache", new RunTimes(bareNoCache), "ms");
            out.printf("%-44s %12.2f%n", "ratio later start / bare window", laterRuns.median() / bareRuns.median());
            FirstWindow.Start shown = FirstWindow.measure(APP,
                    FirstWindow.aotCacheOptions(appHome.resolve(".cache").resolve("tierdesk")
                            .resolve("tierdesk-bench.aot")),
                    List.of("--data-dir", folder.toString()), appHome, Duration.ofSeconds(5), true);
            out.printf("%-44s %s (first window after %.0f ms)%n", "heap used by the app showing this portfolio",
                    shown.heapBytes().map(b -> (b >> 20) + " MB").orElse("not read (no jcmd in this Java)"),
                    shown.millis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println("start-up measurement interrupted");
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private void measure(Workspace workspace, ProgramLibrary library, LocalDate date, PrintWriter out)
            throws IOException {
        StandingEvaluator evaluator = new StandingEvaluator();
        List<PortfolioEntry> portfolio = workspace.partners().portfolio(date);
        long saleCount = ((Number) workspace.database().dsl().fetchValue("SELECT COUNT(*) FROM sales")).longValue();
        Runtime runtime = Runtime.getRuntime();
        out.printf("TierDesk bench: %d partners, %d sales in %s; standings as of %s%n", portfolio.size(), saleCount,
                workspace.database().folder(), date);
        out.printf("Java %s, %d processors, max heap %d MB; medians of %d runs after one warm-up%n",
                Runtime.version(), runtime.availableProcessors(), runtime.maxMemory() >> 20, runs);
        out.println();
        out.printf("%-44s %12s %12s %12s%n", "figure", "median", "min", "max");

        // the standings first, as a session reads them: the aggregate reads every page of the sales, which pushes
        // the monthly rows the standings read out of H2's page cache
        PortfolioStandings standings = new PortfolioStandings(workspace);
        long coldStarted = System.nanoTime();
        standings.asOf(date);
        double cold = (System.nanoTime() - coldStarted) / 1e6;
        RunTimes all = RunTimes.measure(runs, () -> standings.asOf(date).size());
        RunTimes aggregate = RunTimes.measure(runs, () -> workspace.database().dsl().fetch(AGGREGATE).size());
        row(out, "plain SQL aggregate over all sales", aggregate, "ms");
        out.printf("%-44s %9.1f ms%n", "all standings, first read of the JVM", cold);
        row(out, "all " + portfolio.size() + " partners' standings", all, "ms");
        out.printf("%-44s %12.2f%n", "ratio standings / aggregate", all.median() / aggregate.median());

        PortfolioEntry partner = portfolio.get(portfolio.size() / 2);
        Program program = library.byId(partner.programId()).orElseThrow();
        row(out, "one partner's standing", RunTimes.measure(runs, () ->
                evaluator.evaluate(program, workspace.summaries().of(partner.id(), date))), "ms");
        row(out, "one partner PDF (facts, standing, render)", RunTimes.measure(runs, () -> {
            PartnerFacts facts = workspace.facts().of(partner.id());
            Standing standing = evaluator.evaluate(program, facts, date);
            return PartnerSummaryPdf.render(PartnerSummary.of(program, facts, standing, Locale.ENGLISH));
        }), "ms");
        row(out, "one simulator recompute (what-if on summary)", simulatorRecompute(program,
                workspace.summaries().of(partner.id(), date), workspace, partner.id()), "ms");
        row(out, "CSV import of " + csvLines + " sales", csvImport(workspace, library, date), "ms");

        List<PartnerStanding> loaded = standings.asOf(date);
        System.gc();
        long used = runtime.totalMemory() - runtime.freeMemory();
        out.printf("%-44s %12d MB (%d standings held)%n", "heap used after loading all standings", used >> 20,
                loaded.size());
        out.flush();
    }

    /**
     * What the simulator does on each change of a lever: the what-if (extra sales of a typical size, an extra
     * certified person, an activity) applied to the partner's summary and both sides evaluated and compared. Timed
     * over {@link #RECOMPUTES} recomputes per run, given per recompute.
     */
    private RunTimes simulatorRecompute(Program program, FactsSummary summary, Workspace workspace, long partnerId) {
        Simulation simulation = new Simulation(program, summary, day -> workspace.summaries().of(partnerId, day));
        WhatIf whatIf = WhatIf.NONE.withSales(null, null, new BigDecimal("12500"), 3);
        if (!program.certifications().isEmpty()) {
            whatIf = whatIf.withCertified(program.certifications().get(0).id(), 1);
        }
        if (!program.activityTypes().isEmpty()) {
            whatIf = whatIf.withActivities(program.activityTypes().get(0).id(), 1);
        }
        WhatIf change = whatIf;
        RunTimes batches = RunTimes.measure(runs, () -> {
            Comparison last = null;
            for (int i = 0; i < RECOMPUTES; i++) {
                last = simulation.compare(change);
            }
            return last;
        });
        double[] each = new double[runs];
        for (int i = 0; i < runs; i++) {
            each[i] = batches.millis()[i] / RECOMPUTES;
        }
        return new RunTimes(each);
    }

    /** Each run imports the same generated file into a fresh partner, removed afterwards untimed. */
    private RunTimes csvImport(Workspace workspace, ProgramLibrary library, LocalDate date) throws IOException {
        Program program = library.shipped().get(0);
        Path dir = Files.createTempDirectory("tierdesk-bench");
        Path file = dir.resolve("sales.csv");
        try {
            Files.writeString(file, SalesCsvSample.lines(program, date, csvLines, seed));
            SalesCsvImport csv = new SalesCsvImport(workspace);
            double[] times = new double[runs + 1];
            for (int i = 0; i <= runs; i++) {
                long partnerId = workspace.partners().create(new PartnerDraft("Bench import " + (i + 1),
                        program.id(), null, date.minusYears(3), null, null));
                long started = System.nanoTime();
                int imported = csv.importFile(partnerId, file);
                times[i] = (System.nanoTime() - started) / 1e6;
                workspace.partners().delete(partnerId);
                if (imported != csvLines) {
                    throw new IllegalStateException("imported " + imported + " of " + csvLines + " lines");
                }
            }
            // the first run warmed up
            return new RunTimes(Arrays.copyOfRange(times, 1, times.length));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static void row(PrintWriter out, String figure, RunTimes times, String unit) {
        // sub-millisecond figures (a simulator recompute) keep their microseconds
        String f = times.max() < 1 ? "%9.4f" : "%9.1f";
        out.printf("%-44s " + f + " %s " + f + " %s " + f + " %s%n", figure, times.median(), unit, times.min(), unit,
                times.max(), unit);
    }
}
