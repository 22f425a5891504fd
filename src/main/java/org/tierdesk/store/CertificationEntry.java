package org.tierdesk.store;

import org.tierdesk.engine.facts.Certification;

/** A stored certification: its row id and the staff member who holds it, for editing and deleting. */
public record CertificationEntry(long id, long staffId, Certification certification) {
}
