package org.tierdesk.engine.standing;

/**
 * The units a {@link Gap} counts in. A money gap's unit is instead its currency code (three capital letters), so a
 * screen can tell money from counts by {@link #isCurrency}.
 */
public final class GapUnit {
    /** A checklist item to do; subject: the item id. */
    public static final String CHECKLIST = "checklist";
    /** Staff members holding a valid certification; subject: the certification id. */
    public static final String CERTIFIED_STAFF = "certified-staff";
    /** Staff members in a role; subject: the role. */
    public static final String STAFF = "staff";
    /** Points of the points balance. */
    public static final String POINTS = "points";
    /** Licenses sold; subject: the category, or null for all. */
    public static final String LICENSES = "licenses";
    /** Activities; subject: the activity type. */
    public static final String ACTIVITIES = "activities";
    /** An agreed sales plan; window: the year it is missing for. */
    public static final String PLAN = "plan";
    /** Another tier to qualify for; subject: the tier ids, comma separated. */
    public static final String TIER = "tier";
    /** Subject of a money gap that measures sales against the agreed plan. */
    public static final String PLAN_SUBJECT = "plan";

    private GapUnit() {
    }

    public static boolean isCurrency(String unit) {
        return unit != null && unit.length() == 3 && unit.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }
}
