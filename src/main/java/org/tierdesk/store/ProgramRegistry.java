package org.tierdesk.store;

import org.jooq.DSLContext;
import org.tierdesk.program.Program;

import java.util.List;

import static org.tierdesk.store.jooq.Tables.PROGRAMS;

/** Which program files the workspace has loaded (id, file, version, when), for partners to refer to. */
public final class ProgramRegistry {
    private final Workspace workspace;

    ProgramRegistry(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Records that {@code program} was loaded from {@code sourceFile} (null: shipped with the app). */
    public void register(Program program, String sourceFile) {
        workspace.database().inTransaction(cfg -> register(cfg.dsl(), program.id(), program.version(), sourceFile));
    }

    public List<String> registeredIds() {
        return workspace.database().dsl().select(PROGRAMS.ID).from(PROGRAMS).orderBy(PROGRAMS.ID)
                .fetch(PROGRAMS.ID);
    }

    void register(DSLContext tx, String id, String version, String sourceFile) {
        int updated = tx.update(PROGRAMS)
                .set(PROGRAMS.VERSION, version)
                .set(PROGRAMS.SOURCE_FILE, sourceFile)
                .set(PROGRAMS.LOADED_AT, workspace.now())
                .where(PROGRAMS.ID.eq(id))
                .execute();
        if (updated == 0) {
            tx.insertInto(PROGRAMS, PROGRAMS.ID, PROGRAMS.VERSION, PROGRAMS.SOURCE_FILE, PROGRAMS.LOADED_AT)
                    .values(id, version, sourceFile, workspace.now())
                    .execute();
        }
    }

    /** Makes sure a partner can refer to the program, keeping what an earlier load recorded. */
    void ensure(DSLContext tx, Program program) {
        if (!tx.fetchExists(PROGRAMS, PROGRAMS.ID.eq(program.id()))) {
            register(tx, program.id(), program.version(), null);
        }
    }
}
