package org.tierdesk.ui.partner;

import java.time.LocalDate;
import java.util.List;

import org.tierdesk.engine.facts.Certification;
import org.tierdesk.engine.facts.StaffMember;
import org.tierdesk.program.Program;
import org.tierdesk.store.CertificationEntry;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.Session;
import org.tierdesk.ui.form.Choice;
import org.tierdesk.ui.form.Field;
import org.tierdesk.ui.form.FormModel;

/** A certification a staff member earned (and when it expires, if it does). */
public final class CertificationForm extends FormModel {
    private final Session session;
    private final long partnerId;
    private final CertificationEntry editing;
    private final Field staff;
    private final Field certification;
    private final Field earned;
    private final Field expires;

    public CertificationForm(Session session, Messages messages, long partnerId, Program program,
                             List<StaffMember> members, CertificationEntry editing, Long preselectedStaff) {
        super(messages);
        this.session = session;
        this.partnerId = partnerId;
        this.editing = editing;
        staff = choice("staff", "certification.field.staff",
                members.stream().map(m -> new Choice(String.valueOf(m.id()), m.name())).toList());
        certification = choice("certification", "certification.field.certification",
                program.certifications().stream().map(c -> new Choice(c.id(), c.label().in(messages.locale())))
                        .toList());
        earned = date("earned", "certification.field.earned");
        expires = date("expires", "certification.field.expires");
        if (editing != null) {
            staff.choose(String.valueOf(editing.staffId()));
            certification.choose(editing.certification().id());
            earned.textProperty().set(formats.inputDate(editing.certification().earned()));
            expires.textProperty().set(formats.inputDate(editing.certification().expires()));
        } else if (preselectedStaff != null) {
            staff.choose(String.valueOf(preselectedStaff));
        }
    }

    @Override
    public String title() {
        return messages.get(editing == null ? "certification.dialog.new" : "certification.dialog.edit");
    }

    @Override
    protected void check(Problems problems) {
        if (staff.choiceId() == null) {
            problems.add("staff", messages.get("certification.staff.missing"));
        }
        LocalDate earnedOn = date(earned, problems, true).orElse(null);
        LocalDate expiresOn = date(expires, problems, false).orElse(null);
        if (!problems.has("earned") && !problems.has("expires")) {
            problems.addAll(session.store().staff().checkCertification(partnerId,
                    new Certification(certification.choiceId(), earnedOn, expiresOn)));
        }
    }

    @Override
    protected void write() {
        Certification value = new Certification(certification.choiceId(), formats.parseDate(earned.text()).orElseThrow(),
                formats.parseDate(expires.text()).orElse(null));
        if (editing == null) {
            session.store().staff().addCertification(Long.parseLong(staff.choiceId()), value);
        } else {
            session.store().staff().updateCertification(editing.id(), value);
        }
    }
}
