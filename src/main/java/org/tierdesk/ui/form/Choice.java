package org.tierdesk.ui.form;

/** One option of a choice field: the id stored (public vocabulary) and the label shown. */
public record Choice(String id, String label) {
    @Override
    public String toString() {
        return label;
    }
}
