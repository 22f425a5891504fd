package org.tierdesk.ui.partner;

import java.math.BigDecimal;

import org.tierdesk.engine.facts.Money;
import org.tierdesk.engine.facts.SalesPlan;
import org.tierdesk.program.Program;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.Session;
import org.tierdesk.ui.form.Field;
import org.tierdesk.ui.form.FormModel;

/** An agreed sales plan for a calendar year (one per year: saving a year again replaces it). */
public final class PlanForm extends FormModel {
    private final Session session;
    private final long partnerId;
    private final SalesPlan editing;
    private final Field year;
    private final Field amount;
    private final Field currency;

    public PlanForm(Session session, Messages messages, long partnerId, Program program, SalesPlan editing,
                    int thisYear) {
        super(messages);
        this.session = session;
        this.partnerId = partnerId;
        this.editing = editing;
        year = number("year", "plan.field.year");
        amount = number("amount", "plan.field.amount");
        currency = choice("currency", "plan.field.currency", Currencies.offeredFor(session, program));
        if (editing != null) {
            year.textProperty().set(String.valueOf(editing.year()));
            amount.textProperty().set(editing.amount().amount().toPlainString());
            currency.choose(editing.amount().currency());
        } else {
            year.textProperty().set(String.valueOf(thisYear));
            currency.choose(program.currency());
        }
    }

    @Override
    public String title() {
        return messages.get(editing == null ? "plan.dialog.new" : "plan.dialog.edit");
    }

    @Override
    protected void check(Problems problems) {
        Integer planYear = whole(year, problems, true).orElse(null);
        BigDecimal value = decimal(amount, problems, true).orElse(null);
        if (planYear != null && value != null && currency.choiceId() != null) {
            problems.addAll(session.store().plans().check(partnerId,
                    new SalesPlan(planYear, new Money(value, currency.choiceId()))));
        }
    }

    @Override
    protected void write() {
        int planYear = formats.parseDecimal(year.text()).orElseThrow().intValueExact();
        if (editing != null && editing.year() != planYear) {
            session.store().plans().delete(partnerId, editing.year());
        }
        session.store().plans().put(partnerId, new SalesPlan(planYear,
                new Money(formats.parseDecimal(amount.text()).orElseThrow(), currency.choiceId())));
    }
}
