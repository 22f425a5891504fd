package org.tierdesk.ui.simulator;

import java.math.BigDecimal;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.tierdesk.engine.whatif.ExtraSales;
import org.tierdesk.engine.whatif.WhatIf;
import org.tierdesk.program.Window;

/**
 * One simulator control: a hypothetical change of one kind about one subject (category, certification, role,
 * activity type, checklist item), in a window for sales. {@code value} is money for sales, a count, or 1/0 for a
 * yes/no change; {@code max} is the top of its slider or spinner. {@code id} is the control's node id.
 */
public final class Lever {
    private final String id;
    private final LeverKind kind;
    private final String subject;
    private final Window window;
    private final String label;
    private final BigDecimal max;
    private final ObjectProperty<BigDecimal> value = new SimpleObjectProperty<>(BigDecimal.ZERO);

    public Lever(String id, LeverKind kind, String subject, Window window, String label, BigDecimal max) {
        this.id = id;
        this.kind = kind;
        this.subject = subject;
        this.window = window;
        this.label = label;
        this.max = max;
    }

    public String id() {
        return id;
    }

    public LeverKind kind() {
        return kind;
    }

    public String subject() {
        return subject;
    }

    public Window window() {
        return window;
    }

    public String label() {
        return label;
    }

    public BigDecimal max() {
        return max;
    }

    public ObjectProperty<BigDecimal> valueProperty() {
        return value;
    }

    public BigDecimal value() {
        return value.get();
    }

    /** {@code whatIf} with this control's change set to its value. */
    public WhatIf applyTo(WhatIf whatIf) {
        BigDecimal v = value.get() == null ? BigDecimal.ZERO : value.get();
        int n = v.intValue();
        return switch (kind) {
            case SALES_AMOUNT -> whatIf.withSales(window, subject, v, whatIf.salesIn(window, subject).licenses());
            case LICENSES -> whatIf.withSales(window, subject, whatIf.salesIn(window, subject).amount(), n);
            case CERTIFIED_STAFF -> whatIf.withCertified(subject, n);
            case STAFF_IN_ROLE -> whatIf.withRole(subject, n);
            case ACTIVITIES -> whatIf.withActivities(subject, n);
            case ACTIVITY_EACH_QUARTER -> whatIf.withActivityEachQuarter(subject, n > 0);
            case CHECKLIST -> whatIf.withChecklist(subject, n > 0);
            case PLAN_AGREED -> whatIf.withPlanAgreed(n > 0, whatIf.planAmount());
            case PLAN_AMOUNT -> whatIf.planAgreed() ? whatIf.withPlanAgreed(true, v.signum() > 0 ? v : null)
                    : whatIf;
            case PLAN_MET -> whatIf.withPlanMet(n > 0);
        };
    }

    /** This control's value in {@code whatIf}. */
    public BigDecimal readFrom(WhatIf whatIf) {
        ExtraSales sales = whatIf.salesIn(window, subject);
        return switch (kind) {
            case SALES_AMOUNT -> sales.amount();
            case LICENSES -> BigDecimal.valueOf(sales.licenses());
            case CERTIFIED_STAFF -> BigDecimal.valueOf(whatIf.certified(subject));
            case STAFF_IN_ROLE -> BigDecimal.valueOf(whatIf.inRole(subject));
            case ACTIVITIES -> BigDecimal.valueOf(whatIf.activitiesOf(subject));
            case ACTIVITY_EACH_QUARTER -> flag(whatIf.activityEachQuarter().contains(subject));
            case CHECKLIST -> flag(whatIf.checklistDone().contains(subject));
            case PLAN_AGREED -> flag(whatIf.planAgreed());
            case PLAN_AMOUNT -> whatIf.planAmount() == null ? BigDecimal.ZERO : whatIf.planAmount();
            case PLAN_MET -> flag(whatIf.planMet());
        };
    }

    private static BigDecimal flag(boolean on) {
        return on ? BigDecimal.ONE : BigDecimal.ZERO;
    }
}
