package org.tierdesk.ui.partner;

import org.tierdesk.store.CertificationEntry;

/** A certification with its holder's name and label, for the staff tab's table. */
public record CertificationRow(CertificationEntry entry, String staffName, String label, Expiry expiry) {
}
