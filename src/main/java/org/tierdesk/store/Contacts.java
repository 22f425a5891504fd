package org.tierdesk.store;

import java.util.List;

import static org.tierdesk.store.jooq.Tables.CONTACTS;

/** The people at a partner the manager deals with. */
public final class Contacts {
    private final Workspace workspace;

    Contacts(Workspace workspace) {
        this.workspace = workspace;
    }

    public List<Problem> check(Contact contact) {
        return FactValidation.contact(contact);
    }

    public List<Contact> of(long partnerId) {
        return workspace.database().dsl().selectFrom(CONTACTS).where(CONTACTS.PARTNER_ID.eq(partnerId))
                .orderBy(CONTACTS.NAME, CONTACTS.ID)
                .fetch(r -> new Contact(r.getId(), r.getName(), r.getPosition(), r.getEmail(), r.getPhone()));
    }

    public long add(long partnerId, Contact contact) {
        Workspace.refuseIf(check(contact));
        return workspace.database().inTransactionResult(cfg -> cfg.dsl().insertInto(CONTACTS)
                .set(CONTACTS.PARTNER_ID, partnerId)
                .set(CONTACTS.NAME, contact.name().trim())
                .set(CONTACTS.POSITION, Partners.blankToNull(contact.position()))
                .set(CONTACTS.EMAIL, Partners.blankToNull(contact.email()))
                .set(CONTACTS.PHONE, Partners.blankToNull(contact.phone()))
                .returning(CONTACTS.ID).fetchOne(CONTACTS.ID));
    }

    public void update(Contact contact) {
        Workspace.refuseIf(check(contact));
        workspace.database().inTransaction(cfg -> Rows.requireOne(cfg.dsl().update(CONTACTS)
                .set(CONTACTS.NAME, contact.name().trim())
                .set(CONTACTS.POSITION, Partners.blankToNull(contact.position()))
                .set(CONTACTS.EMAIL, Partners.blankToNull(contact.email()))
                .set(CONTACTS.PHONE, Partners.blankToNull(contact.phone()))
                .where(CONTACTS.ID.eq(contact.id())).execute()));
    }

    public boolean delete(long contactId) {
        return workspace.database().inTransactionResult(cfg ->
                cfg.dsl().deleteFrom(CONTACTS).where(CONTACTS.ID.eq(contactId)).execute() > 0);
    }
}
