package org.tierdesk.fuzz;

/** The ways a file goes wrong in real life: edited by hand, cut off, saved by the wrong program, corrupted. */
public enum MutationKind {
    DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, REPLACE_LINE, REPLACE_VALUE, INSERT_TEXT, TRUNCATE, BOM,
    CHANGE_SEPARATOR, INDENT, HUGE_NUMBER, BAD_DATE, BINARY_JUNK, LINE_ENDINGS
}
