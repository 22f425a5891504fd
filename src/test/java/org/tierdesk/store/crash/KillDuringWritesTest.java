package org.tierdesk.store.crash;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tierdesk.store.Database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.count;
import static org.tierdesk.store.jooq.Tables.PARTNERS;
import static org.tierdesk.store.jooq.Tables.SALES;

/**
 * Kills a writing child JVM with SIGKILL at random moments, {@value #DEFAULT_KILLS} times by default (system property
 * {@code tierdesk.kills} for a longer run), half of them a few milliseconds into a {@value #IMPORT_SIZE}-sale import,
 * and checks after each kill that the database opens, holds every change the child reported committed, and holds
 * no partial import.
 */
class KillDuringWritesTest {
    static final int DEFAULT_KILLS = 12;
    static final int IMPORT_SIZE = 1_000;

    @Test
    void everyCommittedChangeSurvivesSigkillAndNoImportIsHalfDone(@TempDir Path dir) throws Exception {
        int kills = Integer.getInteger("tierdesk.kills", DEFAULT_KILLS);
        Random random = new Random(20261123L);
        Set<String> committedSales = new HashSet<>();
        Map<String, Integer> committedImports = new HashMap<>();
        long lastNotes = 0;
        int midImport = 0;
        for (int kill = 0; kill < kills; kill++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                    CrashingWriter.class.getName(), dir.toString(), Integer.toString(IMPORT_SIZE),
                    Long.toString(random.nextLong()))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = Thread.ofVirtual().start(() -> readAll(child, lines));
            List<String> said = new ArrayList<>();
            awaitLine(lines, said, "ready", child);
            boolean duringImport = kill % 2 == 0;
            if (duringImport) {
                awaitLine(lines, said, "import-start", child);
                Thread.sleep(random.nextInt(100));
            } else {
                awaitLine(lines, said, "import Import", child);
                Thread.sleep(random.nextInt(300));
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);
            lines.drainTo(said);
            String last = said.get(said.size() - 1);
            if (last.startsWith("import-start")) {
                midImport++;
            }
            for (String line : said) {
                // a line cut short by the kill is no promise: only whole lines count
                String[] words = line.split(" ");
                if (line.matches("sale edit-[0-9a-f-]{36}")) {
                    committedSales.add(words[1]);
                } else if (line.matches("import Import [0-9a-f-]{36} " + IMPORT_SIZE)) {
                    committedImports.put(words[1] + " " + words[2], IMPORT_SIZE);
                } else if (line.matches("notes \\d+") && said.indexOf(line) < said.size() - 1) {
                    lastNotes = Math.max(lastNotes, Long.parseLong(words[1]));
                }
            }
            checkDatabase(dir, committedSales, committedImports, lastNotes, kill);
        }
        System.out.printf("KillDuringWritesTest: %d kills survived, %d of them inside an import; %d edits and %d "
                + "imports were committed before a kill, all found%n", kills, midImport, committedSales.size(),
                committedImports.size());
        assertThat(midImport).as("kills that landed inside an import").isPositive();
        assertThat(committedImports).as("imports committed before a kill").isNotEmpty();
    }

    private static void checkDatabase(Path dir, Set<String> committedSales, Map<String, Integer> committedImports,
                                      long lastNotes, int kill) {
        try (Database db = Database.open(dir)) {
            Set<String> products = new HashSet<>(db.dsl().select(SALES.PRODUCT).from(SALES)
                    .where(SALES.PRODUCT.like("edit-%")).fetch(SALES.PRODUCT));
            assertThat(products).as("edits committed before kill %d", kill).containsAll(committedSales);

            Map<String, Integer> imported = new HashMap<>();
            db.dsl().select(PARTNERS.NAME, count(SALES.ID)).from(PARTNERS).leftJoin(SALES)
                    .on(SALES.PARTNER_ID.eq(PARTNERS.ID))
                    .where(PARTNERS.NAME.like("Import %"))
                    .groupBy(PARTNERS.ID, PARTNERS.NAME)
                    .forEach(r -> imported.put(r.value1(), r.value2()));
            assertThat(imported).as("imports after kill %d", kill).containsAllEntriesOf(committedImports);
            assertThat(imported.values()).as("no partial import after kill %d", kill)
                    .allMatch(n -> n == IMPORT_SIZE);

            String notes = db.dsl().select(PARTNERS.NOTES).from(PARTNERS)
                    .where(PARTNERS.NAME.eq(CrashingWriter.ANCHOR)).fetchOne(PARTNERS.NOTES);
            if (lastNotes > 0) {
                assertThat(Long.parseLong(notes.substring("edit ".length())))
                        .as("notes edit after kill %d", kill).isGreaterThanOrEqualTo(lastNotes);
            }
        }
    }

    private static void awaitLine(BlockingQueue<String> lines, List<String> said, String prefix, Process child)
            throws InterruptedException {
        while (true) {
            String line = lines.poll(60, TimeUnit.SECONDS);
            assertThat(line).as("the child said " + said + " and then nothing (alive: " + child.isAlive() + ")")
                    .isNotNull();
            said.add(line);
            if (line.startsWith(prefix)) {
                return;
            }
        }
    }

    private static void readAll(Process child, BlockingQueue<String> lines) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        } catch (java.io.IOException killed) {
            // the pipe breaks when the child dies
        }
    }
}
