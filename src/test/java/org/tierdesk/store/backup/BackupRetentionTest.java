package org.tierdesk.store.backup;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BackupRetentionTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 18, 0);

    @Test
    void theNewestTenAreKeptWithinOneMonth() {
        List<BackupFile> all = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            all.add(backup(NOW.minusHours(i)));
        }
        List<BackupFile> deleted = BackupRetention.toDelete(all, NOW);
        assertThat(deleted).hasSize(5).extracting(BackupFile::taken)
                .allMatch(t -> t.isBefore(NOW.minusHours(9)));
    }

    @Test
    void theNewestBackupOfEachOfTheLastTwelveMonthsOutlivesTheRollingTen() {
        List<BackupFile> all = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            all.add(backup(NOW.minusMinutes(i)));
        }
        for (int month = 1; month <= 14; month++) {
            all.add(backup(NOW.minusMonths(month).withDayOfMonth(20)));
            all.add(backup(NOW.minusMonths(month).withDayOfMonth(3)));
        }
        List<BackupFile> deleted = BackupRetention.toDelete(all, NOW);
        List<BackupFile> kept = all.stream().filter(b -> !deleted.contains(b)).toList();

        // 10 recent ones (all in November) + the 20th of each of the 11 previous months
        assertThat(kept).hasSize(21);
        assertThat(kept).extracting(BackupFile::taken)
                .contains(NOW.minusMonths(11).withDayOfMonth(20))
                .doesNotContain(NOW.minusMonths(11).withDayOfMonth(3), NOW.minusMonths(12).withDayOfMonth(20));
    }

    @Test
    void fewerThanTenBackupsAreAllKept() {
        List<BackupFile> all = List.of(backup(NOW.minusYears(3)), backup(NOW.minusYears(2)), backup(NOW));
        assertThat(BackupRetention.toDelete(all, NOW)).isEmpty();
    }

    private static BackupFile backup(LocalDateTime taken) {
        return new BackupFile(Path.of(BackupName.of(taken, "startup")), taken, "startup", 1);
    }
}
