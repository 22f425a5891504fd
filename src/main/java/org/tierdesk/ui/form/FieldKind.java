package org.tierdesk.ui.form;

/** How a form field is typed in: free text, a number, a date, one of a list, a yes/no, or several lines. */
public enum FieldKind {
    TEXT, NUMBER, DATE, CHOICE, FLAG, NOTES
}
