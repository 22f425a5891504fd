package org.tierdesk.ui.partner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.tierdesk.engine.facts.Activity;
import org.tierdesk.engine.facts.ChecklistMark;
import org.tierdesk.engine.facts.Sale;
import org.tierdesk.engine.facts.SalesPlan;
import org.tierdesk.engine.facts.StaffMember;
import org.tierdesk.program.CatalogItem;
import org.tierdesk.program.Program;
import org.tierdesk.store.CertificationEntry;
import org.tierdesk.store.Contact;
import org.tierdesk.store.Partner;
import org.tierdesk.store.TierHistoryEntry;
import org.tierdesk.store.audit.AuditTrail;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.Session;
import org.tierdesk.ui.standing.StandingViewModel;

/**
 * One partner's facts as the Partner screen's tabs list them, the dialogs that add and edit them, and deletes.
 * Every change is read back from the store, so the tabs show what was saved, and the standing tab is evaluated
 * again with them; a tier change or a meeting recorded on the standing tab reads the facts back in turn.
 */
public final class PartnerViewModel {
    /** The History tab lists this many of the newest changes. */
    static final int CHANGES_SHOWN = 1_000;
    private final Session session;
    private final Messages messages;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Partner> partner = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Contact> contacts = FXCollections.observableArrayList();
    private final ObservableList<StaffMember> staff = FXCollections.observableArrayList();
    private final ObservableList<CertificationRow> certifications = FXCollections.observableArrayList();
    private final ObservableList<Sale> sales = FXCollections.observableArrayList();
    private final ObservableList<Activity> activities = FXCollections.observableArrayList();
    private final ObservableList<ChecklistRow> checklist = FXCollections.observableArrayList();
    private final ObservableList<SalesPlan> plans = FXCollections.observableArrayList();
    private final ObservableList<TierHistoryEntry> history = FXCollections.observableArrayList();
    private final StandingViewModel standing;
    private final ObservableList<FactChange> changes = FXCollections.observableArrayList();
    private Program program;

    public PartnerViewModel(Session session, Messages messages, Clock clock) {
        this.session = session;
        this.messages = messages;
        this.clock = clock;
        this.standing = new StandingViewModel(session.store(), messages, clock);
        standing.onChange(this::reloadFacts);
    }

    /** The partner's standing tab. */
    public StandingViewModel standing() {
        return standing;
    }

    /** Shows {@code partnerId}; false when it no longer exists (deleted meanwhile). */
    public boolean load(Long partnerId) {
        Optional<Partner> found = partnerId == null ? Optional.empty() : session.store().partners().find(partnerId);
        program = found.flatMap(p -> session.program(p.programId())).orElse(null);
        if (found.isEmpty() || program == null) {
            partner.set(null);
            List.of(contacts, staff, certifications, sales, activities, checklist, plans, history, changes)
                    .forEach(ObservableList::clear);
            standing.load(null);
            return false;
        }
        partner.set(found.get());
        reload();
        return true;
    }

    /** Reads the partner's facts and its standing again (after any change of its facts). */
    public void reload() {
        reloadFacts();
        Partner current = partner.get();
        standing.load(current == null ? null : current.id());
    }

    private void reloadFacts() {
        Partner current = partner.get();
        if (current == null) {
            return;
        }
        long id = current.id();
        partner.set(session.store().partners().find(id).orElse(null));
        contacts.setAll(session.store().contacts().of(id));
        List<StaffMember> members = session.store().staff().of(id);
        staff.setAll(members);
        List<CertificationRow> rows = new ArrayList<>();
        for (StaffMember member : members) {
            for (CertificationEntry entry : session.store().staff().certificationsOf(member.id())) {
                rows.add(new CertificationRow(entry, member.name(), certificationLabel(entry.certification().id()),
                        Expiry.of(entry.certification().expires(), today())));
            }
        }
        certifications.setAll(rows);
        sales.setAll(session.store().sales().of(id).stream()
                .sorted(Comparator.comparing(Sale::date).reversed()).toList());
        activities.setAll(session.store().activities().of(id).stream()
                .sorted(Comparator.comparing(Activity::date).reversed()).toList());
        Map<String, ChecklistMark> marks = session.store().checklist().of(id);
        checklist.setAll(program.checklistItems().stream()
                .map(item -> new ChecklistRow(item.id(), item.label().in(messages.locale()), marks.get(item.id())))
                .toList());
        plans.setAll(session.store().plans().of(id));
        history.setAll(session.store().tierHistory().of(id));
        changes.setAll(new FactChanges(messages, program)
                .of(new AuditTrail(session.store().database()).ofPartner(id, CHANGES_SHOWN)));
    }

    public ReadOnlyObjectProperty<Partner> partnerProperty() {
        return partner.getReadOnlyProperty();
    }

    public Program program() {
        return program;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The tier held today: the last history entry on or before today, else the initial one, else the first. */
    public String heldTierLabel() {
        return partner.get() == null ? "" : tierLabel(heldTierId());
    }

    public String heldTierId() {
        Partner current = partner.get();
        if (current == null) {
            return null;
        }
        return history.stream().filter(h -> !h.change().since().isAfter(today()))
                .max(Comparator.comparing((TierHistoryEntry h) -> h.change().since()).thenComparing(TierHistoryEntry::id))
                .map(h -> h.change().tier())
                .orElse(current.heldTier() != null ? current.heldTier()
                        : program.tiers().isEmpty() ? null : program.tiers().get(0).id());
    }

    public String tierLabel(String tierId) {
        return session.tierLabel(program.id(), tierId, messages.locale());
    }

    public String certificationLabel(String id) {
        return label(program.certifications(), id);
    }

    public String categoryLabel(String id) {
        return program.rewardCategories().stream().filter(c -> c.id().equals(id)).findFirst()
                .map(c -> c.label().in(messages.locale())).orElse(id == null ? "" : id);
    }

    public String activityLabel(String id) {
        return program.activityType(id).map(t -> t.label().in(messages.locale())).orElse(id);
    }

    public String programName() {
        return program == null ? "" : program.name().in(messages.locale());
    }

    public ObservableList<Contact> contacts() {
        return contacts;
    }

    public ObservableList<StaffMember> staff() {
        return staff;
    }

    public ObservableList<CertificationRow> certifications() {
        return certifications;
    }

    public ObservableList<Sale> sales() {
        return sales;
    }

    public ObservableList<Activity> activities() {
        return activities;
    }

    public ObservableList<ChecklistRow> checklist() {
        return checklist;
    }

    public ObservableList<SalesPlan> plans() {
        return plans;
    }

    /** The newest changes to the partner's facts (the audit trail), newest first. */
    public ObservableList<FactChange> changes() {
        return changes;
    }

    public ObservableList<TierHistoryEntry> history() {
        return history;
    }

    // dialogs

    public PartnerForm editCompany() {
        return new PartnerForm(session, messages, partner.get(), today());
    }

    public ContactForm contactForm(Contact editing) {
        return new ContactForm(session, messages, partnerId(), editing);
    }

    public StaffForm staffForm(StaffMember editing) {
        return new StaffForm(session, messages, partnerId(), editing);
    }

    public CertificationForm certificationForm(CertificationEntry editing, Long staffId) {
        return new CertificationForm(session, messages, partnerId(), program, staff, editing, staffId);
    }

    public SaleForm saleForm(Sale editing) {
        return new SaleForm(session, messages, partnerId(), program, editing, today());
    }

    public ActivityForm activityForm(Activity editing) {
        return new ActivityForm(session, messages, partnerId(), program, editing, today());
    }

    public ChecklistForm checklistForm(ChecklistRow row) {
        return new ChecklistForm(session, messages, partnerId(), program, row.mark(), row.item(), today());
    }

    public PlanForm planForm(SalesPlan editing) {
        return new PlanForm(session, messages, partnerId(), program, editing, today().getYear());
    }

    /** The import dialog's state for a sales CSV file, checked against this partner's program. */
    public SalesCsvModel salesCsv(java.nio.file.Path file) throws java.io.IOException {
        return new SalesCsvModel(new org.tierdesk.store.SalesCsvImport(session.store()), messages, partnerId(),
                org.tierdesk.store.SalesCsvFile.read(file));
    }

    public TierChangeForm tierChangeForm() {
        return new TierChangeForm(session, messages, partnerId(), program, today());
    }

    // deletes: each one transaction in the store, then the tabs are read again

    public void deletePartner() {
        session.store().partners().delete(partnerId());
        load(null);
    }

    public void delete(Contact contact) {
        session.store().contacts().delete(contact.id());
        reload();
    }

    public void delete(StaffMember member) {
        session.store().staff().delete(member.id());
        reload();
    }

    public void delete(CertificationRow row) {
        session.store().staff().deleteCertification(row.entry().id());
        reload();
    }

    public void delete(Sale sale) {
        session.store().sales().delete(sale.id());
        reload();
    }

    public void delete(Activity activity) {
        session.store().activities().delete(activity.id());
        reload();
    }

    public void clear(ChecklistRow row) {
        session.store().checklist().remove(partnerId(), row.item());
        reload();
    }

    public void delete(SalesPlan plan) {
        session.store().plans().delete(partnerId(), plan.year());
        reload();
    }

    public void delete(TierHistoryEntry entry) {
        session.store().tierHistory().delete(entry.id());
        reload();
    }

    private long partnerId() {
        return partner.get().id();
    }

    private String label(List<CatalogItem> items, String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst()
                .map(i -> i.label().in(messages.locale())).orElse(id);
    }
}
