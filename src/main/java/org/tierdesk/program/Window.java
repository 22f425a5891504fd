package org.tierdesk.program;

/** The period a volume or activity requirement looks at, as PROGRAMS.md defines each one. */
public enum Window {
    /** The calendar month before the as-of date's month. */
    LAST_COMPLETE_MONTH("last-complete-month"),
    /** From the day after the same date one year earlier to the as-of date, both included. */
    TRAILING_12_MONTHS("trailing-12-months"),
    /** 1 January of the as-of year, or the join date if later, to the as-of date. */
    MEMBERSHIP_YEAR("membership-year"),
    /** Start of the membership year to the end of the last calendar quarter ended on or before the as-of date. */
    COMPLETED_QUARTERS("completed-quarters");

    private final String id;

    Window(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Window byId(String id) {
        for (Window w : values()) {
            if (w.id.equals(id)) {
                return w;
            }
        }
        throw new IllegalArgumentException("unknown window '" + id + "'");
    }
}
