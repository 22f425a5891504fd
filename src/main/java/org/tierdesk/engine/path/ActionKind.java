package org.tierdesk.engine.path;

/** What one part of a proposed action does; screens phrase each kind in the user's language. */
public enum ActionKind {
    /** Sell {@code quantity} (program currency) of a category ({@code subject}, null: any) in a window. */
    SALES,
    /** Sell {@code quantity} licenses of a category in a window. */
    LICENSES,
    /** Hold {@code quantity} activities of type {@code subject} (approved by the vendor where it must). */
    ACTIVITIES,
    /** Hold one activity of type {@code subject} in each of the next {@code quantity} quarters (this one included). */
    ACTIVITY_EACH_QUARTER,
    /** Have {@code quantity} more staff certified in {@code subject}. */
    CERTIFIED_STAFF,
    /** Have {@code quantity} more staff in role {@code subject}. */
    STAFF_IN_ROLE,
    /** Get checklist item {@code subject} done. */
    CHECKLIST,
    /** Agree a sales plan for the year. */
    PLAN_AGREED,
    /** Meet the agreed plan: {@code quantity} more sales (program currency). */
    PLAN_MET;

    /** Whether this part is made of selling. */
    public boolean isSelling() {
        return this == SALES || this == LICENSES || this == PLAN_MET;
    }
}
