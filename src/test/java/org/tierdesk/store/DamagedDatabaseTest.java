package org.tierdesk.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tierdesk.store.jooq.Tables.SETTINGS;

class DamagedDatabaseTest {

    @Test
    void aFileOfRandomBytesIsReportedAsDamagedAndLeftUntouched(@TempDir Path dir) throws Exception {
        byte[] garbage = new byte[64 * 1024];
        new Random(8).nextBytes(garbage);
        Files.write(DatabaseFile.path(dir), garbage);

        assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOf(DatabaseDamagedException.class)
                .hasMessageContaining("is damaged").hasMessageContaining("restore the latest good backup");
        assertThat(Files.readAllBytes(DatabaseFile.path(dir))).isEqualTo(garbage);
    }

    @Test
    void aTruncatedDatabaseIsReportedAsDamagedAndLeftUntouched(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(dir)) {
            for (int i = 0; i < 300; i++) {
                int n = i;
                db.inTransaction(cfg -> cfg.dsl().insertInto(SETTINGS).set(SETTINGS.SETTING_KEY, "k" + n)
                        .set(SETTINGS.SETTING_VALUE, "value ".repeat(100)).execute());
            }
        }
        // cut to 16 KB: the live data alone is larger, so the cut certainly removes some (a cut into free space
        // only would lose nothing, and H2 rightly opens such a file)
        byte[] whole = Files.readAllBytes(DatabaseFile.path(dir));
        assertThat(whole.length).isGreaterThan(200_000);
        byte[] truncated = Arrays.copyOf(whole, 16 * 1024);
        Files.write(DatabaseFile.path(dir), truncated);

        assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOf(DatabaseDamagedException.class)
                .hasMessageContaining(DatabaseFile.path(dir).toString())
                .extracting(e -> ((DatabaseDamagedException) e).damage()).isEqualTo(FileDamage.CUT_SHORT);
        assertThat(Files.readAllBytes(DatabaseFile.path(dir))).isEqualTo(truncated);
    }

    /**
     * A compacted file (the generator's) keeps all its data in one chunk of many blocks, which its header names: cut
     * anywhere inside that chunk, past its first block, it is still found cut short (H2 would open an older state,
     * or an empty database, and the app would fill that with the demo portfolio). The whole file opens.
     */
    @Test
    void aCompactedDatabaseCutInsideItsOneLongChunkIsReportedAsDamaged(@TempDir Path dir) throws Exception {
        Database db = Database.open(dir);
        for (int i = 0; i < 300; i++) {
            int n = i;
            db.inTransaction(cfg -> cfg.dsl().insertInto(SETTINGS).set(SETTINGS.SETTING_KEY, "k" + n)
                    .set(SETTINGS.SETTING_VALUE, "value ".repeat(100)).execute());
        }
        db.closeCompacted();
        byte[] whole = Files.readAllBytes(DatabaseFile.path(dir));
        String header = new String(whole, 0, 200, java.nio.charset.StandardCharsets.ISO_8859_1);
        long block = Long.parseLong(header.replaceAll("(?s).*block:([0-9a-f]+),.*", "$1"), 16);
        long blockSize = Long.parseLong(header.replaceAll("(?s).*blockSize:([0-9a-f]+),.*", "$1"), 16);
        int cut = (int) ((block + 2) * blockSize + 100);
        assertThat(cut).as("the named chunk runs on past the cut").isLessThan(whole.length);
        assertThat(DatabaseFile.cutShort(DatabaseFile.path(dir))).as("the whole file").isEmpty();

        byte[] truncated = Arrays.copyOf(whole, cut);
        Files.write(DatabaseFile.path(dir), truncated);

        assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOf(DatabaseDamagedException.class)
                .extracting(e -> ((DatabaseDamagedException) e).damage()).isEqualTo(FileDamage.CUT_SHORT);
        assertThat(Files.readAllBytes(DatabaseFile.path(dir))).isEqualTo(truncated);
        Files.write(DatabaseFile.path(dir), whole);
        try (Database reopened = Database.open(dir)) {
            assertThat(reopened.dsl().fetchCount(SETTINGS)).isGreaterThanOrEqualTo(300);
        }
    }

    @Test
    void anEmptyFileIsDamagedRatherThanSilentlyStartedAfresh(@TempDir Path dir) throws Exception {
        Files.createFile(DatabaseFile.path(dir));

        assertThatThrownBy(() -> Database.open(dir)).isInstanceOf(DatabaseDamagedException.class)
                .hasMessageContaining("not an H2 database file")
                .extracting(e -> ((DatabaseDamagedException) e).damage()).isEqualTo(FileDamage.NOT_A_DATABASE);
        assertThat(Files.size(DatabaseFile.path(dir))).isZero();
    }
}
