package org.tierdesk.store;

import java.util.List;

/** What an edit of one stored row expects: that the row is still there. */
final class Rows {
    private Rows() {
    }

    /** Refuses an update that touched no row: the record was deleted meanwhile, and nothing must change. */
    static void requireOne(int updated) {
        if (updated == 0) {
            throw new InvalidFactsException(List.of(Problem.of("", "record.missing")));
        }
    }
}
