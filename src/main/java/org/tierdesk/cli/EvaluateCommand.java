package org.tierdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.tierdesk.engine.StandingEvaluator;
import org.tierdesk.engine.standing.Standing;
import org.tierdesk.program.ProgramLibrary;
import org.tierdesk.scenario.Scenario;
import org.tierdesk.scenario.ScenarioException;
import org.tierdesk.scenario.ScenarioProblem;
import org.tierdesk.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tierdesk evaluate SCENARIO.yaml}: where the scenario's partner stands, as text or JSON. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluates a scenario file (SCENARIOS.md): held and qualified tiers, gaps, points, rewards.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:evaluated", "2:a bad scenario or program file (file:line: reason on standard error),"
                + " or a bad option"})
final class EvaluateCommand implements Callable<Integer> {
    static final int BAD_INPUT = 2;

    enum Format { TEXT, JSON }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "the scenario file")
    Path scenarioFile;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "evaluate on this date (YYYY-MM-DD) instead of the file's asOf")
    LocalDate asOf;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text for people (default), json for scripts")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Scenario scenario;
        try {
            scenario = new ScenarioReader().read(scenarioFile, ProgramLibrary.shippedOnly());
        } catch (ScenarioException e) {
            e.problems().stream().map(ScenarioProblem::toString).forEach(err::println);
            return BAD_INPUT;
        } catch (IOException e) {
            err.println(scenarioFile + ":1: cannot read the file: " + e.getMessage());
            return BAD_INPUT;
        }
        LocalDate date = asOf != null ? asOf : scenario.asOf();
        Standing standing = new StandingEvaluator().evaluate(scenario.program(), scenario.facts(), date);
        out.print(format == Format.JSON
                ? StandingJson.render(scenario.program(), scenario.facts(), standing) + "\n"
                : StandingText.render(scenario.program(), scenario.facts(), standing));
        return 0;
    }
}
