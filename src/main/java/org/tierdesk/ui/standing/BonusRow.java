package org.tierdesk.ui.standing;

/** A reward line of the held tier: a base reward, or a bonus with whether its condition holds and what it adds. */
public record BonusRow(String label, String note, boolean bonus, boolean met, String percent, String condition) {
}
