package org.tierdesk.store.audit;

/** Who the audit trail names for a change: the operating-system user running TierDesk. */
final class AuditUser {
    private static final String NAME = nameOf(System.getProperty("user.name"));

    private AuditUser() {
    }

    static String name() {
        return NAME;
    }

    static String nameOf(String user) {
        return user == null || user.isBlank() ? "unknown" : user.length() > 200 ? user.substring(0, 200) : user;
    }
}
