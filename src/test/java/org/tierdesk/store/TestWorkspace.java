package org.tierdesk.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A workspace on a real H2 file in a test's temporary folder. */
final class TestWorkspace implements AutoCloseable {
    final Database database;
    final Workspace workspace;

    private TestWorkspace(Database database, Workspace workspace) {
        this.database = database;
        this.workspace = workspace;
    }

    static TestWorkspace open(Path dir, ProgramCatalog programs) {
        Database database = Database.open(dir);
        return new TestWorkspace(database, new Workspace(database, programs,
                Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC)));
    }

    @Override
    public void close() {
        database.close();
    }
}
