package org.tierdesk.engine.facts;

import java.util.List;

/** A partner's employee: free-word roles (sales, technical, engineer...) and certifications. */
public record StaffMember(long id, String name, List<String> roles, List<Certification> certifications) {
    public StaffMember {
        roles = List.copyOf(roles);
        certifications = List.copyOf(certifications);
    }
}
