package org.tierdesk.ui.simulator;

/** The kinds of hypothetical change a simulator control sets; amounts are money, the others counts or yes/no. */
public enum LeverKind {
    SALES_AMOUNT, LICENSES, CERTIFIED_STAFF, STAFF_IN_ROLE, ACTIVITIES, ACTIVITY_EACH_QUARTER, CHECKLIST,
    PLAN_AGREED, PLAN_AMOUNT, PLAN_MET;

    public boolean isFlag() {
        return this == ACTIVITY_EACH_QUARTER || this == CHECKLIST || this == PLAN_AGREED || this == PLAN_MET;
    }

    public boolean isMoney() {
        return this == SALES_AMOUNT || this == PLAN_AMOUNT;
    }
}
