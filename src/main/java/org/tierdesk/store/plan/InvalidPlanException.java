package org.tierdesk.store.plan;

/** A saved plan's text that cannot be read back as a what-if; the message names the key and what is wrong. */
public final class InvalidPlanException extends RuntimeException {
    public InvalidPlanException(String message) {
        super(message);
    }
}
