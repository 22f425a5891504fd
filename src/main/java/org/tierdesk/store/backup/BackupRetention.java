package org.tierdesk.store.backup;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backups to keep: the newest {@value #RECENT}, and the newest of each calendar month of the last
 * {@value #MONTHS} months (this one included), so that a mistake noticed weeks later can still be undone.
 */
final class BackupRetention {
    static final int RECENT = 10;
    static final int MONTHS = 12;

    private BackupRetention() {
    }

    /** The backups of {@code all} to delete as of {@code now}. */
    static List<BackupFile> toDelete(List<BackupFile> all, LocalDateTime now) {
        List<BackupFile> newestFirst = new ArrayList<>(all);
        newestFirst.sort(Comparator.comparing(BackupFile::taken).reversed());
        YearMonth oldestKeptMonth = YearMonth.from(now).minusMonths(MONTHS - 1);
        Set<YearMonth> monthsKept = new HashSet<>();
        List<BackupFile> delete = new ArrayList<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            BackupFile backup = newestFirst.get(i);
            YearMonth month = YearMonth.from(backup.taken());
            boolean monthly = !month.isBefore(oldestKeptMonth) && monthsKept.add(month);
            if (i >= RECENT && !monthly) {
                delete.add(backup);
            }
        }
        return List.copyOf(delete);
    }
}
