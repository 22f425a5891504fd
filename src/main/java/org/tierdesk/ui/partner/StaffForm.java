package org.tierdesk.ui.partner;

import java.util.Arrays;
import java.util.List;

import org.tierdesk.engine.facts.StaffMember;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.Session;
import org.tierdesk.ui.form.Field;
import org.tierdesk.ui.form.FormModel;

/** A staff member: name and free-word roles (sales, technical, engineer...), comma-separated. */
public final class StaffForm extends FormModel {
    private final Session session;
    private final long partnerId;
    private final StaffMember editing;
    private final Field name;
    private final Field roles;
    private long savedId;

    public StaffForm(Session session, Messages messages, long partnerId, StaffMember editing) {
        super(messages);
        this.session = session;
        this.partnerId = partnerId;
        this.editing = editing;
        name = text("name", "staff.field.name");
        roles = text("roles", "staff.field.roles").prompt(messages.get("staff.field.roles.prompt"));
        if (editing != null) {
            name.textProperty().set(editing.name());
            roles.textProperty().set(String.join(", ", editing.roles()));
        }
    }

    @Override
    public String title() {
        return messages.get(editing == null ? "staff.dialog.new" : "staff.dialog.edit");
    }

    @Override
    protected void check(Problems problems) {
        problems.addAll(session.store().staff().checkName(name.text()));
    }

    @Override
    protected void write() {
        if (editing == null) {
            savedId = session.store().staff().add(partnerId, new StaffMember(0, name.text(), roleList(), List.of()));
        } else {
            session.store().staff().update(editing.id(), name.text(), roleList());
            savedId = editing.id();
        }
    }

    public long savedId() {
        return savedId;
    }

    private List<String> roleList() {
        return Arrays.stream(roles.text().split("[,;]")).map(String::trim).filter(r -> !r.isEmpty()).distinct()
                .toList();
    }
}
