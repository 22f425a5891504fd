package org.tierdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tierdesk.engine.StandingEvaluator;
import org.tierdesk.program.ProgramLibrary;
import org.tierdesk.report.PartnerSummary;
import org.tierdesk.report.PartnerSummaryPdf;
import org.tierdesk.report.PdfFile;
import org.tierdesk.report.PortfolioPdf;
import org.tierdesk.scenario.Scenario;
import org.tierdesk.scenario.ScenarioException;
import org.tierdesk.scenario.ScenarioProblem;
import org.tierdesk.scenario.ScenarioReader;
import org.tierdesk.store.DataFolder;
import org.tierdesk.store.DatabaseInUseException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tierdesk export-pdf}: the partner summary of a scenario file or of a partner in the database, or the
 * portfolio report, written to {@code --out}. The PDF is built in memory and the file replaced only once it is
 * complete, so a failed export leaves any earlier file as it was.
 */
@Command(name = "export-pdf", mixinStandardHelpOptions = true,
        description = "Writes a partner summary or the portfolio report as PDF.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:written", "1:the PDF could not be written",
            "2:a bad scenario file, an unknown partner, a database already in use, or a bad option"})
final class ExportPdfCommand implements Callable<Integer> {
    static final int CANNOT_WRITE = 1;
    static final int BAD_INPUT = 2;

    enum Language {
        EN(Locale.ENGLISH), RU(Locale.forLanguageTag("ru"));

        final Locale locale;

        Language(Locale locale) {
            this.locale = locale;
        }
    }

    /** Exactly one thing to export. */
    static final class Source {
        @Option(names = "--scenario", paramLabel = "FILE", required = true,
                description = "the summary of the partner in this scenario file (SCENARIOS.md)")
        Path scenario;

        @Option(names = "--partner", paramLabel = "NAME|ID", required = true,
                description = "the summary of this partner of the database (its exact name, or its id)")
        String partner;

        @Option(names = "--portfolio", required = true, description = "the portfolio report of every partner")
        boolean portfolio;
    }

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "the PDF file to write")
    Path out;

    @Option(names = "--lang", paramLabel = "en|ru", defaultValue = "en", description = "the report's language (en)")
    Language language;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "the standing on this date (YYYY-MM-DD); default: the scenario's asOf, else today")
    LocalDate asOf;

    @Option(names = "--manager", paramLabel = "NAME", description = "the account manager named on the summary")
    String manager;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "the data folder holding the database (default: TIERDESK_HOME, else the user's data folder)")
    String dataDir;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        byte[] pdf;
        try {
            pdf = source.scenario != null ? scenarioSummary(err) : fromDatabase();
        } catch (BadInput e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        } catch (DatabaseInUseException e) {
            err.println(e.getMessage() + "; close it, or export from the app");
            return BAD_INPUT;
        }
        if (pdf == null) {
            return BAD_INPUT;
        }
        try {
            PdfFile.replace(out, pdf);
        } catch (IOException e) {
            err.println(out + ": cannot write the PDF: " + e.getMessage());
            return CANNOT_WRITE;
        }
        spec.commandLine().getOut().println(out);
        return 0;
    }

    private byte[] scenarioSummary(PrintWriter err) {
        Scenario scenario;
        try {
            scenario = new ScenarioReader().read(source.scenario, ProgramLibrary.shippedOnly());
        } catch (ScenarioException e) {
            e.problems().stream().map(ScenarioProblem::toString).forEach(err::println);
            return null;
        } catch (IOException e) {
            throw new BadInput(source.scenario + ":1: cannot read the file: " + e.getMessage());
        }
        LocalDate date = asOf != null ? asOf : scenario.asOf();
        var standing = new StandingEvaluator().evaluate(scenario.program(), scenario.facts(), date);
        return PartnerSummaryPdf.render(PartnerSummary.of(scenario.program(), scenario.facts(), standing,
                language.locale).withManager(manager));
    }

    private byte[] fromDatabase() {
        Path folder = DataFolder.resolve(dataDir);
        LocalDate date = asOf != null ? asOf : LocalDate.now();
        try (StoredPartners stored = StoredPartners.open(folder)) {
            if (source.portfolio) {
                return PortfolioPdf.render(stored.portfolio(date, manager, language.locale));
            }
            return PartnerSummaryPdf.render(stored.summary(source.partner, date, manager, language.locale));
        }
    }

    /** A mistake in what the user asked for, reported as is on standard error. */
    static final class BadInput extends RuntimeException {
        BadInput(String message) {
            super(message);
        }
    }
}
