package org.tierdesk.ui.partner;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.tierdesk.engine.facts.Activity;
import org.tierdesk.engine.facts.Money;
import org.tierdesk.program.Program;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.Session;
import org.tierdesk.ui.form.Choice;
import org.tierdesk.ui.form.Field;
import org.tierdesk.ui.form.FormModel;

/** A marketing or technical activity of one of the program's types. */
public final class ActivityForm extends FormModel {
    private final Session session;
    private final long partnerId;
    private final Activity editing;
    private final Field type;
    private final Field date;
    private final Field approved;
    private final Field cost;
    private final Field currency;
    private final Field description;

    public ActivityForm(Session session, Messages messages, long partnerId, Program program, Activity editing,
                        LocalDate today) {
        super(messages);
        this.session = session;
        this.partnerId = partnerId;
        this.editing = editing;
        type = choice("type", "activity.field.type", program.activityTypes().stream()
                .map(t -> new Choice(t.id(), t.label().in(messages.locale()))).toList());
        date = date("date", "activity.field.date");
        approved = flag("approved", "activity.field.approved");
        cost = number("cost", "activity.field.cost");
        currency = choice("costCurrency", "activity.field.currency", Currencies.offeredFor(session, program));
        description = notes("description", "activity.field.description");
        if (editing != null) {
            type.choose(editing.type());
            date.textProperty().set(formats.inputDate(editing.date()));
            approved.flagProperty().set(editing.approved());
            if (editing.cost() != null) {
                cost.textProperty().set(editing.cost().amount().toPlainString());
                currency.choose(editing.cost().currency());
            } else {
                currency.choose(program.currency());
            }
            description.textProperty().set(ContactForm.nullToEmpty(editing.description()));
        } else {
            date.textProperty().set(formats.inputDate(today));
            currency.choose(program.currency());
        }
    }

    @Override
    public String title() {
        return messages.get(editing == null ? "activity.dialog.new" : "activity.dialog.edit");
    }

    @Override
    protected void check(Problems problems) {
        LocalDate on = date(date, problems, true).orElse(null);
        BigDecimal value = decimal(cost, problems, false).orElse(null);
        if (!problems.has("date") && !problems.has("cost")) {
            problems.addAll(session.store().activities().check(partnerId, activity(on, value)));
        }
    }

    @Override
    protected void write() {
        Activity activity = activity(formats.parseDate(date.text()).orElseThrow(),
                formats.parseDecimal(cost.text()).orElse(null));
        if (editing == null) {
            session.store().activities().add(partnerId, activity);
        } else {
            session.store().activities().update(activity);
        }
    }

    private Activity activity(LocalDate on, BigDecimal value) {
        Money money = value == null || currency.choiceId() == null ? null : new Money(value, currency.choiceId());
        return new Activity(editing == null ? 0 : editing.id(), on, type.choiceId(), approved.flagProperty().get(),
                money, description.text());
    }
}
