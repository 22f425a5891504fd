package org.tierdesk.store;

import org.jooq.DSLContext;
import org.tierdesk.engine.facts.ChecklistMark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.tierdesk.store.jooq.Tables.CHECKLIST_ITEMS;

/** A partner's checklist: which of the program's items are done, and since when. */
public final class Checklist {
    private final Workspace workspace;

    Checklist(Workspace workspace) {
        this.workspace = workspace;
    }

    public List<Problem> check(long partnerId, ChecklistMark mark) {
        return FactValidation.checklistMark(workspace.programOf(workspace.database().dsl(), partnerId), mark);
    }

    /** Item id → mark, for the items the manager has set. */
    public Map<String, ChecklistMark> of(long partnerId) {
        return of(workspace.database().dsl(), partnerId);
    }

    static Map<String, ChecklistMark> of(DSLContext dsl, long partnerId) {
        Map<String, ChecklistMark> marks = new LinkedHashMap<>();
        dsl.selectFrom(CHECKLIST_ITEMS).where(CHECKLIST_ITEMS.PARTNER_ID.eq(partnerId))
                .orderBy(CHECKLIST_ITEMS.ITEM)
                .forEach(r -> marks.put(r.getItem(), new ChecklistMark(r.getItem(), r.getDone(), r.getSince())));
        return Map.copyOf(marks);
    }

    /** Sets one item (replacing what was there). */
    public void set(long partnerId, ChecklistMark mark) {
        workspace.database().inTransaction(cfg -> {
            DSLContext tx = cfg.dsl();
            Workspace.refuseIf(FactValidation.checklistMark(workspace.programOf(tx, partnerId), mark));
            put(tx, partnerId, mark);
        });
    }

    static void put(DSLContext tx, long partnerId, ChecklistMark mark) {
        int updated = tx.update(CHECKLIST_ITEMS)
                .set(CHECKLIST_ITEMS.DONE, mark.done())
                .set(CHECKLIST_ITEMS.SINCE, mark.since())
                .where(CHECKLIST_ITEMS.PARTNER_ID.eq(partnerId).and(CHECKLIST_ITEMS.ITEM.eq(mark.item())))
                .execute();
        if (updated == 0) {
            tx.insertInto(CHECKLIST_ITEMS)
                    .set(CHECKLIST_ITEMS.PARTNER_ID, partnerId)
                    .set(CHECKLIST_ITEMS.ITEM, mark.item())
                    .set(CHECKLIST_ITEMS.DONE, mark.done())
                    .set(CHECKLIST_ITEMS.SINCE, mark.since())
                    .execute();
        }
    }

    public boolean remove(long partnerId, String item) {
        return workspace.database().inTransactionResult(cfg -> cfg.dsl().deleteFrom(CHECKLIST_ITEMS)
                .where(CHECKLIST_ITEMS.PARTNER_ID.eq(partnerId).and(CHECKLIST_ITEMS.ITEM.eq(item)))
                .execute() > 0);
    }
}
