package org.tierdesk;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.tierdesk.cli.TierdeskCommand;

/** Starts TierDesk: with arguments the command line (its exit status is the process's), without them the app. */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        // UTF-8 whatever the terminal's locale: partner names are often Cyrillic and JSON must be UTF-8.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        if (args.length > 0) {
            System.exit(TierdeskCommand.run(args, out, err));
        }
        TierdeskCommand.commandLine().usage(out);
    }
}
