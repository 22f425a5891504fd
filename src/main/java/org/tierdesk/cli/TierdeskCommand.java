package org.tierdesk.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code tierdesk} command line: one subcommand per task (evaluate; more join as they land). */
@Command(name = "tierdesk", mixinStandardHelpOptions = true, version = "TierDesk 0.1",
        description = "Partner-program standings from the command line.",
        subcommands = {EvaluateCommand.class, ExportPdfCommand.class, BackupCommand.class, RestoreCommand.class,
                GenerateCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class TierdeskCommand implements Runnable {
    @Spec
    CommandSpec spec;

    /** A command without a subcommand is a usage mistake: say so, with the usage (exit status 2). */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command, e.g. evaluate");
    }

    /** The command line, ready to {@code execute}; its exit codes: 0 done, 2 bad input (usage, bad file). */
    public static CommandLine commandLine() {
        return new CommandLine(new TierdeskCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    /** Runs {@code args} writing to the given streams; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = commandLine();
        commandLine.setOut(out);
        commandLine.setErr(err);
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
