package org.tierdesk.ui.partner;

import org.tierdesk.store.Contact;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.Session;
import org.tierdesk.ui.form.Field;
import org.tierdesk.ui.form.FormModel;

/** A person at the partner: added or edited. */
public final class ContactForm extends FormModel {
    private final Session session;
    private final long partnerId;
    private final Contact editing;
    private final Field name;
    private final Field position;
    private final Field email;
    private final Field phone;

    public ContactForm(Session session, Messages messages, long partnerId, Contact editing) {
        super(messages);
        this.session = session;
        this.partnerId = partnerId;
        this.editing = editing;
        name = text("name", "contact.field.name");
        position = text("position", "contact.field.position");
        email = text("email", "contact.field.email");
        phone = text("phone", "contact.field.phone");
        if (editing != null) {
            name.textProperty().set(editing.name());
            position.textProperty().set(nullToEmpty(editing.position()));
            email.textProperty().set(nullToEmpty(editing.email()));
            phone.textProperty().set(nullToEmpty(editing.phone()));
        }
    }

    @Override
    public String title() {
        return messages.get(editing == null ? "contact.dialog.new" : "contact.dialog.edit");
    }

    @Override
    protected void check(Problems problems) {
        problems.addAll(session.store().contacts().check(contact()));
    }

    @Override
    protected void write() {
        if (editing == null) {
            session.store().contacts().add(partnerId, contact());
        } else {
            session.store().contacts().update(contact());
        }
    }

    private Contact contact() {
        return new Contact(editing == null ? 0 : editing.id(), name.text(), position.text(), email.text(),
                phone.text());
    }

    static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
