package org.tierdesk.ui.startup;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.tierdesk.program.ProgramLibrary;
import org.tierdesk.store.DemoPortfolio;
import org.tierdesk.store.Workspace;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.Session;
import org.tierdesk.ui.portfolio.PortfolioRead;
import org.tierdesk.ui.portfolio.PortfolioRows;

/**
 * The opened database made ready for the main window, on any thread: a new data folder filled with the demo
 * portfolio (once), the backups' keeper on the database, and the portfolio's rows read in the manager's language,
 * which the window's first frame then shows without reading them again (empty when that read failed: the window
 * reads, and reports, itself).
 */
public record OpenedDesk(DataSafety safety, Optional<PortfolioRows> portfolio) {
    private static final Logger LOG = LoggerFactory.getLogger(OpenedDesk.class);

    /** Makes {@code opened} (the database of {@code folder}) ready, with the programs of {@code library}. */
    public static OpenedDesk prepare(Path folder, ProgramLibrary library, OpenAttempt.Opened opened) {
        Workspace store = new Workspace(opened.database(), library::byId);
        // A newcomer should see the product working at once: a new data folder gets the demo portfolio, once.
        if (new DemoPortfolio(store, library).fillOnFirstStart(LocalDate.now(store.clock()))) {
            LOG.info("New data folder {}: demo portfolio created", folder);
        }
        DataSafety safety = new DataSafety(opened.database());
        Optional<PortfolioRows> rows;
        try {
            Session session = DeskWindow.session(folder, library, safety, opened.database());
            rows = Optional.of(new PortfolioRead(session, new Messages(session.settings().language()),
                    store.clock()).read());
        } catch (RuntimeException e) {
            LOG.warn("Reading the portfolio ahead of the window failed; the window reads it itself", e);
            rows = Optional.empty();
        }
        return new OpenedDesk(safety, rows);
    }
}
