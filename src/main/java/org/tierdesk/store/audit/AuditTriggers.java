package org.tierdesk.store.audit;

import org.jooq.DSLContext;

/**
 * Puts the audit trigger on every fact table. Done when the database opens rather than in a migration: the build
 * migrates a scratch database to generate the jOOQ classes before this trigger class is compiled, and H2 loads a
 * trigger's class when the trigger is created.
 */
public final class AuditTriggers {
    private AuditTriggers() {
    }

    public static void install(DSLContext dsl) {
        for (AuditedTable table : AuditedTable.values()) {
            dsl.execute("create trigger if not exists audit_" + table.tableName() + " after insert, update, delete on "
                    + table.tableName() + " for each row call '" + AuditTrigger.class.getName() + "'");
        }
    }
}
