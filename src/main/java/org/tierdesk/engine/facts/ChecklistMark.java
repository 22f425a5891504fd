package org.tierdesk.engine.facts;

import java.time.LocalDate;

/** A checklist item's state: done since {@code since} (null: done, date unknown, counts on every date), or not done. */
public record ChecklistMark(String item, boolean done, LocalDate since) {
    public boolean doneOn(LocalDate d) {
        return done && (since == null || !since.isAfter(d));
    }
}
