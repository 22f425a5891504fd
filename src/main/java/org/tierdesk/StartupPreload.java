package org.tierdesk;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.LoggerFactory;
import org.tierdesk.program.ProgramLibrary;

/**
 * Loads and initialises, on a second core, the classes the app's start needs before its window can show: the
 * logging, jOOQ's query building and rendering, the H2 driver and the program-file reader. It runs while the main
 * thread starts JavaFX (which needs about as long) and then races the JavaFX thread, which finds the classes
 * ready; it opens no file and keeps nothing, so whichever thread comes first, the app behaves the same.
 */
final class StartupPreload implements Runnable {
    private StartupPreload() {
    }

    static void start() {
        Thread thread = new Thread(new StartupPreload(), "startup-preload");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    @Override
    public void run() {
        try {
            LoggerFactory.getILoggerFactory();
            Class.forName("org.h2.Driver");
            DSL.using(SQLDialect.H2).render(DSL.select(DSL.count()).from(DSL.table("partners"))
                    .where(DSL.field("id").eq(1L)).groupBy(DSL.field("program_id")));
            ProgramLibrary.shippedOnly();
        } catch (ClassNotFoundException | RuntimeException | LinkageError ignored) {
            // only a head start: the app loads whatever is missing itself, and reports its own errors
        }
    }
}
