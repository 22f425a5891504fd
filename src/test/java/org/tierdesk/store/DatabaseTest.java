package org.tierdesk.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tierdesk.store.jooq.Tables.SETTINGS;

class DatabaseTest {

    @Test
    void anEmptyFolderGetsADatabaseFileWithEveryTable(@TempDir Path dir) {
        Path folder = dir.resolve("fresh/data");
        try (Database db = Database.open(folder)) {
            assertThat(Files.exists(folder.resolve("tierdesk.mv.db"))).isTrue();
            assertThat(db.dsl().meta().getTables().stream().map(t -> t.getName().toLowerCase()).toList())
                    .contains("programs", "partners", "contacts", "staff", "staff_roles", "certifications", "sales",
                            "activities", "checklist_items", "sales_plans", "exchange_rates", "tier_history",
                            "meetings", "saved_plans", "settings");
        }
    }

    @Test
    void reopeningKeepsWhatWasCommittedAndMigratesNothingTwice(@TempDir Path dir) {
        int migrations;
        try (Database db = Database.open(dir)) {
            db.inTransaction(cfg -> cfg.dsl().insertInto(SETTINGS)
                    .set(SETTINGS.SETTING_KEY, "language").set(SETTINGS.SETTING_VALUE, "ru").execute());
            migrations = db.dsl().fetchCount(db.dsl().selectFrom("\"flyway_schema_history\"")
                    .where("\"type\" = 'SQL'"));
        }
        try (Database db = Database.open(dir)) {
            assertThat(db.dsl().select(SETTINGS.SETTING_VALUE).from(SETTINGS).fetchOne(SETTINGS.SETTING_VALUE))
                    .isEqualTo("ru");
            assertThat(migrations).as("every migration ran on creation").isPositive();
            assertThat(db.dsl().fetchCount(db.dsl().selectFrom("\"flyway_schema_history\"")
                    .where("\"type\" = 'SQL'"))).isEqualTo(migrations);
        }
    }

    @Test
    void theSchemaVersionThatLetsStartUpSkipFlywayIsTheNewestMigration(@TempDir Path dir) throws Exception {
        int newest;
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            newest = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
        assertThat(Database.SCHEMA_VERSION).isEqualTo(String.valueOf(newest));
        try (Database db = Database.open(dir)) {
            assertThat(db.dsl().fetchValue("select max(cast(\"version\" as int)) from \"flyway_schema_history\""))
                    .hasToString(String.valueOf(newest));
        }
        try (Database db = Database.open(dir)) {
            // a file migrated to the newest version is not migrated again
            db.dsl().execute("delete from \"flyway_schema_history\" where \"version\" = '1'");
        }
        try (Database db = Database.open(dir)) {
            assertThat(db.dsl().fetchCount(db.dsl().selectFrom("\"flyway_schema_history\"")
                    .where("\"version\" = '1'"))).isZero();
        }
    }

    @Test
    void theTablesThatTakeManyRowsAtOnceHandOutIdsInBlocks(@TempDir Path dir) {
        // with H2's 32, every 32nd row of an import committed the store (V6)
        try (Database db = Database.open(dir)) {
            java.util.Map<String, Long> caches = new java.util.HashMap<>();
            db.dsl().fetch("select lower(table_name), identity_cache from information_schema.columns"
                    + " where is_identity = 'YES'").forEach(r -> caches.put(r.get(0, String.class),
                    r.get(1, Long.class)));
            assertThat(caches).containsEntry("sales", 10_000L).containsEntry("sales_months", 10_000L)
                    .containsEntry("activities", 10_000L).containsEntry("audit_log", 10_000L);
        }
    }

    @Test
    void aFailedTransactionLeavesNothingBehind(@TempDir Path dir) {
        try (Database db = Database.open(dir)) {
            assertThatThrownBy(() -> db.inTransaction(cfg -> {
                cfg.dsl().insertInto(SETTINGS).set(SETTINGS.SETTING_KEY, "theme").set(SETTINGS.SETTING_VALUE, "dark")
                        .execute();
                throw new IllegalStateException("interrupted");
            })).hasMessageContaining("interrupted");
            assertThat(db.dsl().fetchCount(SETTINGS)).isZero();
        }
    }

    @Test
    void anotherProcessOpeningTheSameFolderIsRefusedWithAClearMessage(@TempDir Path dir) throws Exception {
        try (Database first = Database.open(dir)) {
            Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), SecondOpen.class.getName(), dir.toString())
                    .redirectErrorStream(true).start();
            String output = new String(other.getInputStream().readAllBytes());
            assertThat(other.waitFor()).isZero();
            assertThat(output).contains("DatabaseInUseException").contains("already open");
        }
    }

    /** Runs in a child JVM: opens the folder a test holds open and prints what it got. */
    public static final class SecondOpen {
        public static void main(String[] args) {
            try (Database db = Database.open(Path.of(args[0]))) {
                System.out.println("opened");
            } catch (DatabaseInUseException e) {
                System.out.println("DatabaseInUseException: " + e.getMessage());
            }
        }
    }
}
