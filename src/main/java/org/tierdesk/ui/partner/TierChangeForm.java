package org.tierdesk.ui.partner;

import java.time.LocalDate;

import org.tierdesk.engine.facts.TierChange;
import org.tierdesk.program.Program;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.Session;
import org.tierdesk.ui.form.Choice;
import org.tierdesk.ui.form.Field;
import org.tierdesk.ui.form.FormModel;

/** A change of held tier the vendor granted or confirmed, with its date and reason. */
public final class TierChangeForm extends FormModel {
    private final Session session;
    private final long partnerId;
    private final Field tier;
    private final Field since;
    private final Field reason;

    public TierChangeForm(Session session, Messages messages, long partnerId, Program program, LocalDate today) {
        super(messages);
        this.session = session;
        this.partnerId = partnerId;
        tier = choice("tier", "history.field.tier", program.tiers().stream()
                .map(t -> new Choice(t.id(), t.label().in(messages.locale()))).toList());
        since = date("since", "history.field.since");
        reason = text("reason", "history.field.reason");
        since.textProperty().set(formats.inputDate(today));
    }

    @Override
    public String title() {
        return messages.get("history.dialog.new");
    }

    @Override
    protected void check(Problems problems) {
        LocalDate from = date(since, problems, true).orElse(null);
        if (!problems.has("since")) {
            problems.addAll(session.store().tierHistory().check(partnerId, change(from)));
        }
    }

    @Override
    protected void write() {
        session.store().tierHistory().record(partnerId, change(formats.parseDate(since.text()).orElseThrow()));
    }

    private TierChange change(LocalDate from) {
        return new TierChange(tier.choiceId(), from, reason.text(), messages.get("history.changedBy.manager"));
    }
}
