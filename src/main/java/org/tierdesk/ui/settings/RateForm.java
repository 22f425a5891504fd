package org.tierdesk.ui.settings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.tierdesk.engine.facts.ExchangeRate;
import org.tierdesk.store.RateEntry;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.Session;
import org.tierdesk.ui.form.Field;
import org.tierdesk.ui.form.FormModel;

/** A dated exchange rate: units of "to" per 1 "from", in force from its date until the next. */
public final class RateForm extends FormModel {
    private final Session session;
    private final RateEntry editing;
    private final Field date;
    private final Field from;
    private final Field to;
    private final Field rate;

    public RateForm(Session session, Messages messages, RateEntry editing, LocalDate today) {
        super(messages);
        this.session = session;
        this.editing = editing;
        date = date("date", "rate.field.date");
        from = text("from", "rate.field.from").prompt("USD");
        to = text("to", "rate.field.to").prompt("RUB");
        rate = number("rate", "rate.field.rate");
        if (editing != null) {
            date.textProperty().set(formats.inputDate(editing.rate().date()));
            from.textProperty().set(editing.rate().from());
            to.textProperty().set(editing.rate().to());
            rate.textProperty().set(editing.rate().rate().toPlainString());
        } else {
            date.textProperty().set(formats.inputDate(today));
        }
    }

    @Override
    public String title() {
        return messages.get(editing == null ? "rate.dialog.new" : "rate.dialog.edit");
    }

    @Override
    protected void check(Problems problems) {
        LocalDate on = date(date, problems, true).orElse(null);
        BigDecimal value = decimal(rate, problems, true).orElse(null);
        if (on != null && value != null) {
            problems.addAll(session.store().rates().check(rate(on, value)));
        }
    }

    @Override
    protected void write() {
        ExchangeRate value = rate(formats.parseDate(date.text()).orElseThrow(),
                formats.parseDecimal(rate.text()).orElseThrow());
        if (editing == null) {
            session.store().rates().put(value);
        } else {
            session.store().rates().update(editing.id(), value);
        }
    }

    private ExchangeRate rate(LocalDate on, BigDecimal value) {
        return new ExchangeRate(on, from.text().toUpperCase(Locale.ROOT), to.text().toUpperCase(Locale.ROOT), value);
    }
}
