package org.tierdesk.ui.partner;

/** One line of a partner's change history as the History tab shows it, every part already in words. */
public record FactChange(String when, String who, String what, String details) {
}
