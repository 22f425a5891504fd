package org.tierdesk.store;

/**
 * What is wrong with a database file that cannot be opened, for the start-up to put in the manager's words; the
 * reason's text ({@link DatabaseDamagedException#reason}) is for the log, and is quoted only for {@link #UNREADABLE}.
 */
public enum FileDamage {
    /** The file does not start like an H2 database. */
    NOT_A_DATABASE,
    /** The file ends before the newest data its own header names (a copy interrupted, a full disk). */
    CUT_SHORT,
    /** The header's fields cannot be read. */
    HEADER_UNREADABLE,
    /** H2 itself could not read it; its reason is all there is to say. */
    UNREADABLE
}
