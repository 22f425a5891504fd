package org.tierdesk.ui.partner;

import java.time.LocalDate;

import org.tierdesk.engine.facts.ChecklistMark;
import org.tierdesk.program.Program;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.Session;
import org.tierdesk.ui.form.Choice;
import org.tierdesk.ui.form.Field;
import org.tierdesk.ui.form.FormModel;

/** Whether one of the program's checklist items is done, and since when. */
public final class ChecklistForm extends FormModel {
    private final Session session;
    private final long partnerId;
    private final Field item;
    private final Field done;
    private final Field since;

    public ChecklistForm(Session session, Messages messages, long partnerId, Program program, ChecklistMark current,
                         String itemId, LocalDate today) {
        super(messages);
        this.session = session;
        this.partnerId = partnerId;
        item = choice("item", "checklist.field.item", program.checklistItems().stream()
                .map(c -> new Choice(c.id(), c.label().in(messages.locale()))).toList());
        done = flag("done", "checklist.field.done");
        since = date("since", "checklist.field.since");
        item.choose(itemId);
        if (current != null) {
            done.flagProperty().set(current.done());
            since.textProperty().set(formats.inputDate(current.since()));
        } else {
            done.flagProperty().set(true);
            since.textProperty().set(formats.inputDate(today));
        }
    }

    @Override
    public String title() {
        return messages.get("checklist.dialog.edit");
    }

    @Override
    protected void check(Problems problems) {
        LocalDate from = date(since, problems, false).orElse(null);
        if (!problems.has("since")) {
            problems.addAll(session.store().checklist().check(partnerId, mark(from)));
        }
    }

    @Override
    protected void write() {
        session.store().checklist().set(partnerId, mark(formats.parseDate(since.text()).orElse(null)));
    }

    private ChecklistMark mark(LocalDate from) {
        return new ChecklistMark(item.choiceId(), done.flagProperty().get(), done.flagProperty().get() ? from : null);
    }
}
