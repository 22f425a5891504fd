package org.tierdesk.ui.partner;

import java.time.LocalDate;
import java.util.List;

import org.tierdesk.program.Program;
import org.tierdesk.store.Partner;
import org.tierdesk.store.PartnerDraft;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.Session;
import org.tierdesk.ui.form.Choice;
import org.tierdesk.ui.form.Field;
import org.tierdesk.ui.form.FormModel;

/** A new partner, or a partner's company data being edited (its program then stays). */
public final class PartnerForm extends FormModel {
    private final Session session;
    private final Partner editing;
    private final Field name;
    private final Field program;
    private final Field territory;
    private final Field joined;
    private final Field notes;
    private long savedId;

    public PartnerForm(Session session, Messages messages, Partner editing, LocalDate today) {
        super(messages);
        this.session = session;
        this.editing = editing;
        List<Program> programs = editing == null ? session.programs()
                : session.program(editing.programId()).map(List::of).orElse(List.of());
        name = text("name", "partner.field.name");
        program = choice("program", "partner.field.program",
                programs.stream().map(p -> new Choice(p.id(), p.name().in(messages.locale()))).toList());
        territory = text("territory", "partner.field.territory");
        joined = date("joined", "partner.field.joined");
        notes = notes("notes", "partner.field.notes");
        if (editing != null) {
            name.textProperty().set(editing.name());
            program.choose(editing.programId());
            territory.textProperty().set(editing.territory() == null ? "" : editing.territory());
            joined.textProperty().set(formats.inputDate(editing.joined()));
            notes.textProperty().set(editing.notes() == null ? "" : editing.notes());
        } else {
            joined.textProperty().set(formats.inputDate(today));
        }
    }

    @Override
    public String title() {
        return messages.get(editing == null ? "partner.dialog.new" : "partner.dialog.edit");
    }

    @Override
    protected void check(Problems problems) {
        LocalDate date = date(joined, problems, true).orElse(null);
        if (problems.has("joined")) {
            return;
        }
        problems.addAll(session.store().partners().check(draft(date)));
    }

    @Override
    protected void write() {
        PartnerDraft draft = draft(formats.parseDate(joined.text()).orElseThrow());
        if (editing == null) {
            savedId = session.store().partners().create(draft);
        } else {
            session.store().partners().update(editing.id(), draft);
            savedId = editing.id();
        }
    }

    /** The id of the partner saved last (the new one's id after a create). */
    public long savedId() {
        return savedId;
    }

    private PartnerDraft draft(LocalDate date) {
        return new PartnerDraft(name.text(), program.choiceId(), territory.text(), date,
                editing == null ? null : editing.heldTier(), notes.text());
    }
}
