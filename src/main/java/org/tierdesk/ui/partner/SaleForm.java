package org.tierdesk.ui.partner;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.tierdesk.engine.facts.Money;
import org.tierdesk.engine.facts.Sale;
import org.tierdesk.program.Program;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.Session;
import org.tierdesk.ui.form.Choice;
import org.tierdesk.ui.form.Field;
import org.tierdesk.ui.form.FormModel;

/** A sale: refused while its amount is negative, its currency has no rate on its date or its category is unknown. */
public final class SaleForm extends FormModel {
    private final Session session;
    private final long partnerId;
    private final Sale editing;
    private final Field date;
    private final Field product;
    private final Field category;
    private final Field amount;
    private final Field currency;
    private final Field licenses;
    private final Field returned;

    public SaleForm(Session session, Messages messages, long partnerId, Program program, Sale editing, LocalDate today) {
        super(messages);
        this.session = session;
        this.partnerId = partnerId;
        this.editing = editing;
        date = date("date", "sale.field.date");
        product = text("product", "sale.field.product");
        category = choice("category", "sale.field.category", program.rewardCategories().stream()
                .map(c -> new Choice(c.id(), c.label().in(messages.locale()))).toList());
        amount = number("amount", "sale.field.amount");
        currency = choice("currency", "sale.field.currency", Currencies.offeredFor(session, program));
        licenses = number("licenses", "sale.field.licenses");
        returned = date("returned", "sale.field.returned");
        if (editing != null) {
            date.textProperty().set(formats.inputDate(editing.date()));
            product.textProperty().set(ContactForm.nullToEmpty(editing.product()));
            category.choose(editing.category());
            amount.textProperty().set(editing.amount().amount().toPlainString());
            currency.choose(editing.amount().currency());
            licenses.textProperty().set(String.valueOf(editing.licenses()));
            returned.textProperty().set(formats.inputDate(editing.returned()));
        } else {
            date.textProperty().set(formats.inputDate(today));
            category.choose(program.defaultCategory());
            currency.choose(program.currency());
            licenses.textProperty().set("1");
        }
    }

    @Override
    public String title() {
        return messages.get(editing == null ? "sale.dialog.new" : "sale.dialog.edit");
    }

    @Override
    protected void check(Problems problems) {
        LocalDate on = date(date, problems, true).orElse(null);
        BigDecimal value = decimal(amount, problems, true).orElse(null);
        Integer count = whole(licenses, problems, false).orElse(0);
        LocalDate back = date(returned, problems, false).orElse(null);
        if (currency.choiceId() == null) {
            problems.add("currency", messages.get("form.required"));
        }
        if (on != null && value != null && currency.choiceId() != null && !problems.has("licenses")
                && !problems.has("returned")) {
            problems.addAll(session.store().sales().check(partnerId, sale(on, value, count, back)));
        }
    }

    @Override
    protected void write() {
        Sale sale = sale(formats.parseDate(date.text()).orElseThrow(), formats.parseDecimal(amount.text()).orElseThrow(),
                licenses.text().isEmpty() ? 0 : formats.parseDecimal(licenses.text()).orElseThrow().intValueExact(),
                formats.parseDate(returned.text()).orElse(null));
        if (editing == null) {
            session.store().sales().add(partnerId, sale);
        } else {
            session.store().sales().update(sale);
        }
    }

    private Sale sale(LocalDate on, BigDecimal value, int count, LocalDate back) {
        return new Sale(editing == null ? 0 : editing.id(), on, new Money(value, currency.choiceId()),
                category.choiceId(), count, product.text(), back);
    }
}
