package org.tierdesk.ui.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierdesk.store.jooq.Tables.PARTNERS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tierdesk.store.Database;
import org.tierdesk.store.DatabaseFile;
import org.tierdesk.store.DatabasePassword;
import org.tierdesk.store.instance.InstanceGuard;
import org.tierdesk.ui.portfolio.PortfolioRow;

/**
 * The head start on real data folders: a new folder is guarded, opened, filled with the demo portfolio and read
 * ahead of the window; a protected file is left to the start-up flow; a folder another TierDesk holds is refused
 * and nothing in it is touched.
 */
class HeadStartTest {
    @TempDir
    Path dir;

    private List<String> arguments() {
        return List.of("--data-dir", dir.toString());
    }

    @Test
    void aNewFolderIsGuardedOpenedFilledWithTheDemoAndItsPortfolioReadAhead() {
        HeadStart.begin(arguments().toArray(String[]::new));
        HeadStart.Prepared prepared = HeadStart.take(arguments()).prepared();
        try {
            assertThat(prepared.folder()).isEqualTo(dir.toAbsolutePath().normalize());
            assertThat(prepared.refused()).isEmpty();
            assertThat(prepared.guard()).isPresent();
            assertThat(prepared.attempt()).get().isInstanceOf(OpenAttempt.Opened.class);
            Database database = ((OpenAttempt.Opened) prepared.attempt().get()).database();
            List<String> stored = database.dsl().select(PARTNERS.NAME).from(PARTNERS).orderBy(PARTNERS.NAME)
                    .fetch(PARTNERS.NAME);
            assertThat(stored).as("the demo portfolio").isNotEmpty();
            assertThat(prepared.desk()).isPresent();
            assertThat(prepared.desk().get().portfolio()).get()
                    .satisfies(rows -> assertThat(rows.rows()).extracting(PortfolioRow::name)
                            .containsExactlyInAnyOrderElementsOf(stored));
            assertThat(prepared.desk().get().safety().database()).isSameAs(database);
            assertThat(dir.resolve("logs").resolve("tierdesk.log")).exists();
            assertThat(HeadStart.take(arguments()).prepared().refused())
                    .as("taken once: a second start-up in this JVM guards afresh, and finds the folder held")
                    .isPresent();
        } finally {
            close(prepared);
        }
    }

    @Test
    void aProtectedFileIsLeftToTheStartupFlow() {
        Database.open(dir, DatabasePassword.of("correct horse")).close();

        HeadStart.Prepared prepared = HeadStart.take(arguments()).prepared();
        try {
            assertThat(prepared.guard()).isPresent();
            assertThat(prepared.attempt()).get().isInstanceOf(OpenAttempt.NeedsPassword.class);
            assertThat(prepared.desk()).isEmpty();
            assertThat(prepared.library().all()).hasSizeGreaterThanOrEqualTo(5);
        } finally {
            close(prepared);
        }
    }

    @Test
    void aFolderAnotherTierDeskHoldsIsRefusedAndNothingInItIsOpened() throws Exception {
        try (InstanceGuard other = InstanceGuard.acquire(dir, () -> { })) {
            HeadStart.Prepared prepared = HeadStart.take(arguments()).prepared();

            assertThat(prepared.refused()).get().satisfies(e ->
                    assertThat(e.folder()).isEqualTo(dir.toAbsolutePath().normalize()));
            assertThat(prepared.guard()).isEmpty();
            assertThat(prepared.attempt()).isEmpty();
            assertThat(prepared.desk()).isEmpty();
            assertThat(Files.exists(DatabaseFile.path(dir))).as("no database created").isFalse();
        }
    }

    private static void close(HeadStart.Prepared prepared) {
        prepared.attempt().filter(OpenAttempt.Opened.class::isInstance)
                .ifPresent(a -> ((OpenAttempt.Opened) a).database().close());
        prepared.guard().ifPresent(InstanceGuard::close);
    }
}
