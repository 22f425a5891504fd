package org.tierdesk.store;

import java.time.LocalDate;

/** A meeting with the partner; standings can be compared with the one on the last meeting's date. */
public record Meeting(long id, LocalDate date, String notes) {
}
