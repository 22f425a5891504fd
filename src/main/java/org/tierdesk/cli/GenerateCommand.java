package org.tierdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.tierdesk.program.ProgramLibrary;
import org.tierdesk.store.Database;
import org.tierdesk.store.DatabaseInUseException;
import org.tierdesk.store.DataFolder;
import org.tierdesk.store.Workspace;
import org.tierdesk.store.generate.SyntheticPortfolio;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tierdesk generate}: a synthetic portfolio across the five shipped programs, the same for the same seed. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Fills an empty data folder with a synthetic portfolio (seasonal sales, expiring"
                + " certifications, activities) across the five shipped programs; the same seed gives the same facts.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:generated", "2:a bad option, a folder that already holds partners, or a database in use"})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--partners", paramLabel = "N", defaultValue = "2000", description = "partners (default 2000)")
    int partners;

    @Option(names = "--sales", paramLabel = "M", defaultValue = "1000000",
            description = "sales in all, spread evenly over the partners (default 1000000)")
    long sales;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "random seed (default 1)")
    long seed;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "the day the portfolio is generated for (YYYY-MM-DD; default today): sales fall in the 36"
                    + " months before it")
    LocalDate asOf;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "the data folder (default: TIERDESK_HOME, else the user's TierDesk folder)")
    String dataDir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (partners <= 0 || sales < 0) {
            err.println("--partners must be at least 1 and --sales not negative");
            return EvaluateCommand.BAD_INPUT;
        }
        Path folder = DataFolder.resolve(dataDir);
        ProgramLibrary library = ProgramLibrary.shippedOnly();
        try (Database database = Database.open(folder)) {
            Workspace workspace = new Workspace(database, library::byId);
            int existing = workspace.partners().count();
            if (existing > 0) {
                err.println(folder + ": the data folder already holds " + existing
                        + " partners; generate into an empty folder");
                return EvaluateCommand.BAD_INPUT;
            }
            long started = System.nanoTime();
            new SyntheticPortfolio(library.shipped(), asOf != null ? asOf : LocalDate.now(), seed)
                    .store(workspace, partners, sales);
            database.closeCompacted();
            out.printf("generated %d partners and %d sales (seed %d) in %s in %.1f s%n", partners, sales, seed,
                    folder, (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (DatabaseInUseException e) {
            err.println(folder + ": " + e.getMessage());
            return EvaluateCommand.BAD_INPUT;
        }
    }
}
