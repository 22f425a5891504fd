package org.tierdesk;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import javafx.application.Application;

import org.tierdesk.cli.TierdeskCommand;
import org.tierdesk.ui.TierDeskApp;
import org.tierdesk.ui.startup.HeadStart;

/** Starts TierDesk: without arguments (or with only --data-dir) the app, with others the command line. */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        if (args.length == 0 || args[0].startsWith("--data-dir") && args.length <= 2) {
            AotCache.recordIfNeeded(args);
            HeadStart.begin(args);
            Application.launch(TierDeskApp.class, args);
            return;
        }
        // UTF-8 whatever the terminal's locale: partner names are often Cyrillic and JSON must be UTF-8.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(TierdeskCommand.run(args, out, err));
    }
}
