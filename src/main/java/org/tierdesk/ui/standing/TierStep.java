package org.tierdesk.ui.standing;

/**
 * A tier on the ladder (or track, or add-on, or choice level): whether the partner holds it, qualifies for it, and
 * whether it is the tier the progress aims at. {@code group} names its track or "add-on", null on a single ladder.
 */
public record TierStep(String id, String label, String group, boolean held, boolean qualified, boolean target) {
}
