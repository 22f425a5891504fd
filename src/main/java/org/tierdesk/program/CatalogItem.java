package org.tierdesk.program;

/** One id of a program's vocabulary (a certification, a checklist item, a role) with its label. */
public record CatalogItem(String id, LocalizedText label) {
}
