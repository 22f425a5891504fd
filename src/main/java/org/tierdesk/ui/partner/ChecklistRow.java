package org.tierdesk.ui.partner;

import org.tierdesk.engine.facts.ChecklistMark;

/** One of the program's checklist items and its mark for the partner (null: never marked). */
public record ChecklistRow(String item, String label, ChecklistMark mark) {
    public boolean done() {
        return mark != null && mark.done();
    }
}
